namespace KamReports.Pipeline;

/// <summary>Options of <c>kam generate</c>.</summary>
public sealed record GenerateOptions
{
    public string DataDir { get; init; } = "sample-data";
    public string? Period { get; init; }
    /// <summary>Output root; the run writes to <c>OutRoot/&lt;period&gt;</c>.</summary>
    public string OutRoot { get; init; } = "out";
    public string? ConfigPath { get; init; }
    public string? TemplatesDir { get; init; }
    public string? BrowserPath { get; init; }
    public bool Strict { get; init; }
    /// <summary>Re-render every document even when its content hash is unchanged.</summary>
    public bool Force { get; init; }
    /// <summary>Skip the PDF documents (CSV, workbook and manifest only).</summary>
    public bool SkipPdf { get; init; }
    public bool SkipWorkbook { get; init; }
    /// <summary>Render only shard <c>Index</c> of <c>Count</c> (1-based), e.g. 3/8.</summary>
    public (int Index, int Count)? Shard { get; init; }
    /// <summary>Also write each document's HTML next to its PDF (for template authors).</summary>
    public bool KeepHtml { get; init; }
    /// <summary>Make only the documents the manifest (or a killed run's journal) marks failed or does not list, whatever changed.</summary>
    public bool OnlyFailed { get; init; }
    /// <summary>Parallel browser pages; default = processor count.</summary>
    public int? Parallelism { get; init; }
}
