using KamReports.Formatting;
using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace KamReports.Rendering.Html;

/// <summary>
/// Renders the Scriban templates of a template folder to HTML. Values are HTML-escaped, includes stay
/// inside the folder, unknown variables and members are errors, and every error names file, line and column.
/// Thread-safe: parsed templates are shared, each render gets its own context.
/// </summary>
public sealed class TemplateEngine
{
    private readonly string _root;
    private readonly ValueFormatter _formatter;
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);
    private readonly ScriptObject _functions;
    private readonly SafeTemplateLoader _loader;

    public TemplateEngine(string templatesDir, ValueFormatter formatter)
    {
        _root = Path.GetFullPath(templatesDir);
        if (!Directory.Exists(_root)) throw new KamException($"template folder not found: {templatesDir}", ExitCodes.Usage);
        _formatter = formatter;
        _loader = new SafeTemplateLoader(_root);
        _functions = new ScriptObject();
        _functions.Import(typeof(TemplateFunctions));
        _functions.SetValue("include", new RawIncludeFunction(), true);
    }

    public string Root => _root;
    public ValueFormatter Formatter => _formatter;

    /// <summary>Renders <paramref name="template"/> (a path relative to the template folder) with the model's members as globals.</summary>
    public string Render(string template, object model)
    {
        var path = _loader.Resolve(template, default);
        var parsed = Parse(path);
        var context = new HtmlTemplateContext(_formatter)
        {
            TemplateLoader = _loader,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedTargetAccess = false,
            EnableNullIndexer = false,
            LoopLimit = 1_000_000,
            // No cut: Scriban shortens every value it writes beyond 1 MB by default (a large pack printed as an empty page).
            LimitToString = 0,
            RecursiveLimit = 50,
            MemberRenamer = StandardMemberRenamer.Default,
        };
        foreach (var (key, value) in _parsed) context.CachedTemplates[key] = value;
        context.PushGlobal(_functions);
        var globals = new ScriptObject();
        globals.Import(model, renamer: StandardMemberRenamer.Default);
        context.PushGlobal(globals);
        try
        {
            var html = parsed.Render(context);
            foreach (var (key, value) in context.CachedTemplates) _parsed.TryAdd(key, value);
            return html;
        }
        catch (ScriptParserRuntimeException e)
        {
            var first = e.ParserMessages.FirstOrDefault();
            throw first is null ? Error(e.Span, e.OriginalMessage) : Error(first.Span, first.Message);
        }
        catch (ScriptRuntimeException e)
        {
            throw Error(e.Span, e.OriginalMessage);
        }
    }

    /// <summary>Parses a template, or throws the first syntax error with file, line and column.</summary>
    private Template Parse(string path)
    {
        if (_parsed.TryGetValue(path, out var cached)) return cached;
        var template = Template.Parse(SafeTemplateLoader.Read(path), path);
        if (template.HasErrors)
        {
            var m = template.Messages.First(x => x.Type == ParserMessageType.Error);
            throw Error(m.Span, m.Message);
        }
        _parsed[path] = template;
        return template;
    }

    private KamException Error(SourceSpan span, string message)
    {
        var file = string.IsNullOrEmpty(span.FileName) ? "(template)" : Path.GetRelativePath(Environment.CurrentDirectory, span.FileName);
        return new KamException("template error: " + message, ExitCodes.Failed, file.Replace('\\', '/'), span.Start.Line + 1,
            span.Start.Column + 1);
    }
}
