using System.Globalization;
using System.Text.Json;

namespace KamReports.Formatting;

/// <summary>The documents' fixed texts for one culture (<c>templates/strings/&lt;culture&gt;.json</c>), over English as the base.</summary>
public sealed class StringTable
{
    private readonly Dictionary<string, string> _texts;

    public StringTable(IReadOnlyDictionary<string, string> texts, string culture)
    {
        _texts = new Dictionary<string, string>(texts, StringComparer.Ordinal);
        Culture = culture;
    }

    public string Culture { get; }
    public IReadOnlyDictionary<string, string> All => _texts;

    public string? TryGet(string key) => _texts.GetValueOrDefault(key);

    /// <summary>Loads <c>en.json</c> and overlays the culture's file (zh-CN, then zh), if any.</summary>
    public static StringTable Load(string templatesDir, CultureInfo culture)
    {
        var dir = Path.Combine(templatesDir, "strings");
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        Overlay(texts, Path.Combine(dir, "en.json"));
        var chain = new List<string>();
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent) chain.Add(c.Name);
        chain.Reverse();
        foreach (var name in chain.Where(n => n != "en")) Overlay(texts, Path.Combine(dir, name + ".json"));
        return new StringTable(texts, culture.Name);
    }

    private static void Overlay(Dictionary<string, string> texts, string path)
    {
        if (!File.Exists(path)) return;
        // A string table is read only when it lies inside the template folder (links resolved) and is a regular file with content.
        var folder = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(path)))!;
        var name = Path.Combine("strings", Path.GetFileName(path));
        if (!SafePath.IsInside(path, folder))
            throw new KamException("is a link to a file outside the template folder; only files inside it are read", ExitCodes.Usage, name);
        if (!SafePath.HasContent(path)) throw new KamException("is empty (or not a regular file)", ExitCodes.Failed, name);
        try
        {
            var options = new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
            using var doc = JsonDocument.Parse(File.ReadAllText(path), options);
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                texts[p.Name] = p.Value.ValueKind == JsonValueKind.String
                    ? p.Value.GetString()!
                    : throw new KamException($"string \"{p.Name}\" must be a JSON string", ExitCodes.Failed, path);
            }
        }
        catch (JsonException e)
        {
            throw new KamException(
                $"invalid JSON: {e.Message.Split('.')[0]}", ExitCodes.Failed, path,
                (int?)(e.LineNumber + 1), (int?)(e.BytePositionInLine + 1));
        }
    }
}
