namespace KamReports.Records;

/// <summary>A file that was read: its role, path, content hash and row counts.</summary>
public sealed record InputFile(string Role, string Path, string Sha256, int Rows, int Rejected)
{
    /// <summary>The rows were reduced inside DuckDB (a large revenue file, a DuckDB source) before .NET read any.</summary>
    public bool Reduced { get; init; }
}
