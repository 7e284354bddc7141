using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace KamReports.Rendering.Html;

/// <summary>Resolves <c>include</c> names inside the template folder only (symbolic links resolved); anything that escapes it is an
/// error.</summary>
internal sealed class SafeTemplateLoader(string root) : ITemplateLoader
{
    private readonly string _root = Path.GetFullPath(root);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => Resolve(templateName, callerSpan);

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Read(templatePath);

    /// <summary>A resolved template's text; a file without length (empty, or a FIFO or device) is never opened.</summary>
    public static string Read(string path) => SafePath.HasContent(path) ? File.ReadAllText(path) : "";

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    public string Resolve(string name, SourceSpan span)
    {
        if (string.IsNullOrWhiteSpace(name) || Path.IsPathRooted(name) || name.Contains('\0'))
            throw new Scriban.Syntax.ScriptRuntimeException(span, $"include \"{name}\": only paths inside the template folder are allowed");
        var full = Path.GetFullPath(Path.Combine(_root, name));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new Scriban.Syntax.ScriptRuntimeException(span, $"include \"{name}\": only paths inside the template folder are allowed");
        // A symbolic link is followed only when it stays inside the template folder.
        if (!SafePath.IsInside(full, _root))
            throw new Scriban.Syntax.ScriptRuntimeException(span,
                $"include \"{name}\": a link that leaves the template folder is not followed");
        if (!File.Exists(full))
            throw new Scriban.Syntax.ScriptRuntimeException(span, $"include \"{name}\": template not found in {_root}");
        return full;
    }
}
