using System.Text.Json;
using System.Text.Json.Serialization;

namespace KamReports.Pipeline;

/// <summary>manifest.json: inputs with hashes, outputs with content hashes, timings, warnings, tool version.</summary>
public sealed record Manifest
{
    [JsonPropertyName("tool")] public string Tool { get; init; } = "kam";
    [JsonPropertyName("version")] public string Version { get; init; } = "";
    [JsonPropertyName("generated_at")] public string GeneratedAt { get; init; } = "";
    [JsonPropertyName("period")] public string Period { get; init; } = "";
    [JsonPropertyName("data")] public string Data { get; init; } = "";
    /// <summary>The database that played some roles (provider host/database, never a password); its roles' inputs carry query
    /// hashes.</summary>
    [JsonPropertyName("source")] public string? Source { get; init; }
    [JsonPropertyName("config_sha256")] public string? ConfigSha256 { get; init; }
    [JsonPropertyName("templates_sha256")] public string? TemplatesSha256 { get; init; }
    /// <summary>The template folder the documents were made with (its string tables write the figures), its culture and
    /// currency: <c>kam verify</c> writes the expected figures as the run did.</summary>
    [JsonPropertyName("templates")] public string? Templates { get; init; }
    [JsonPropertyName("culture")] public string? Culture { get; init; }
    [JsonPropertyName("currency")] public string? Currency { get; init; }
    [JsonPropertyName("inputs")] public List<ManifestInput> Inputs { get; init; } = [];
    [JsonPropertyName("outputs")] public List<ManifestOutput> Outputs { get; init; } = [];
    [JsonPropertyName("timings_ms")] public Dictionary<string, double> TimingsMs { get; init; } = [];
    [JsonPropertyName("rejected_rows")] public int RejectedRows { get; init; }
    [JsonPropertyName("warnings")] public List<string> Warnings { get; init; } = [];

    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads a previous manifest; null when absent or unreadable (then everything is rendered).</summary>
    public static Manifest? TryRead(string path)
    {
        try
        {
            // A FIFO or device named manifest.json has no length and is never opened (reading it could block for ever).
            return File.Exists(path) && SafePath.HasContent(path) ? JsonSerializer.Deserialize<Manifest>(File.ReadAllText(path), Json)
                : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException or KamException)
        {
            // An unreadable or hand-edited manifest only costs the incremental shortcut: everything is rendered again.
            return null;
        }
    }
}

/// <summary>An input file in the manifest.</summary>
public sealed record ManifestInput(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("rows")] int Rows,
    [property: JsonPropertyName("rejected")] int Rejected)
{
    /// <summary>True when the rows were reduced inside DuckDB before .NET read them (config aggregate_above_mb, a DuckDB source).</summary>
    [JsonPropertyName("reduced_in_duckdb")] public bool? Reduced { get; init; }
}

/// <summary>An output file in the manifest; <see cref="SourceHash"/> is the hash of what it was rendered from (for incremental
/// runs).</summary>
public sealed record ManifestOutput(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("bytes")] long Bytes,
    [property: JsonPropertyName("source_hash")] string? SourceHash,
    [property: JsonPropertyName("rendered")] bool Rendered)
{
    /// <summary>A document's checks (outputs.md, Reconciled before it leaves); null for the CSV files and the workbook.</summary>
    [JsonPropertyName("check")] public DocumentCheck? Check { get; init; }
    /// <summary>The person a document is for (a sponsor's pack, brief and the brief's HTML), for <c>kam send</c>.</summary>
    [JsonPropertyName("person")] public string? Person { get; init; }
    /// <summary>The document kind (account_plan, portfolio_pack, sponsor_pack, sponsor_brief, sponsor_brief_html).</summary>
    [JsonPropertyName("kind")] public string? Kind { get; init; }
    /// <summary>The culture of a document printed for a person in another language than the run's (OUT/&lt;culture&gt;/...).</summary>
    [JsonPropertyName("culture")] public string? Culture { get; init; }
}

/// <summary>
/// The result of a document's checks: <c>passed</c> or <c>failed</c>, each failure in one line (figure and both values, or what the
/// read-back found), its pages against its kind's bound, and the page-1 figures checked (<c>kam verify</c> checks them again).
/// </summary>
public sealed record DocumentCheck(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("failures")] IReadOnlyList<string> Failures,
    [property: JsonPropertyName("pages")] int Pages,
    [property: JsonPropertyName("max_pages")] int MaxPages,
    [property: JsonPropertyName("figures")] IReadOnlyList<KamReports.Documents.Figure> Figures)
{
    public const string Passed = "passed";
    public const string Failed = "failed";
}
