namespace KamReports.Config;

/// <summary>
/// A database that plays contract roles (config <c>source</c>, data-contract.md): a provider, a connection string (or the
/// environment variable holding it, so no password sits in the config), and per role a table or a query. Roles named in
/// neither come from the data folder.
/// </summary>
public sealed record SourceConfig
{
    public static readonly IReadOnlyList<string> Providers = ["postgres", "sqlserver", "sqlite", "duckdb"];

    public required string Provider { get; init; }
    public string? Connection { get; init; }
    public string? ConnectionEnv { get; init; }
    /// <summary>role -> table or view name.</summary>
    public IReadOnlyDictionary<string, string> Tables { get; init; } = new Dictionary<string, string>();
    /// <summary>role -> SQL query whose result has the contract's columns.</summary>
    public IReadOnlyDictionary<string, string> Queries { get; init; } = new Dictionary<string, string>();
    /// <summary>Seconds a query may run before the run stops with a timeout (config <c>timeout_seconds</c>).</summary>
    public int TimeoutSeconds { get; init; } = 300;

    /// <summary>Whether the database plays <paramref name="role"/>.</summary>
    public bool Plays(string role) => Tables.ContainsKey(role) || Queries.ContainsKey(role);
}
