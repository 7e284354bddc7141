using KamReports.Documents;
using KamReports.Rendering;

namespace KamReports.Pipeline;

/// <summary>
/// The state behind <c>kam preview</c>: data, config and templates loaded with the batch's own code
/// (the same composer and renderer), rebuilt lazily after <see cref="Invalidate"/>. Errors (bad data,
/// template errors) are thrown as <see cref="KamException"/> with file, line and column for the error panel.
/// </summary>
public sealed class PreviewSession(string dataDir, string? templatesDir, string? configPath, string? period)
{
    private readonly object _lock = new();
    private State? _state;
    private int _version = 1;

    private sealed record State(IReadOnlyList<PreviewDocument> Documents, Dictionary<string, Func<RenderedDocument>> Renderers);

    public string DataDir => dataDir;
    public string? ConfigPath => configPath;

    /// <summary>The template folder in use (the explicit one, or the default).</summary>
    public string TemplatesDir => TemplateLocator.Find(templatesDir);

    /// <summary>Changes every time a watched file changes; pages reload when it does.</summary>
    public int Version => Volatile.Read(ref _version);

    public void Invalidate()
    {
        lock (_lock)
        {
            _state = null;
            _version++;
        }
    }

    public IReadOnlyList<PreviewDocument> Documents() => Load().Documents;

    /// <summary>Renders one document exactly as the batch would print it.</summary>
    public RenderedDocument Render(string id)
    {
        var state = Load();
        if (!state.Renderers.TryGetValue(id, out var render)) throw new KeyNotFoundException(id);
        lock (_lock) return render();
    }

    public bool Exists(string id) => Load().Renderers.ContainsKey(id);

    private State Load()
    {
        lock (_lock)
        {
            if (_state is not null) return _state;
            var run = RunSetup.Load(dataDir, configPath, period, templatesDir);
            var portfolios = run.Compute();
            var composer = run.Composer(portfolios, DateOnly.FromDateTime(DateTime.Now));
            var renderer = run.Renderer();
            var specs = DocumentCatalog.For(portfolios.Current);
            var docs = specs.Select(d => new PreviewDocument(d.Id, run.Strings.TryGet(d.Kind.GroupKey) ?? d.Kind.Key, d.Title,
                d.RelativePath)).ToList();
            var renderers = specs.ToDictionary(d => d.Id, d => (Func<RenderedDocument>)(() => renderer.Render(d, composer)),
                StringComparer.Ordinal);
            _state = new State(docs, renderers);
            return _state;
        }
    }
}
