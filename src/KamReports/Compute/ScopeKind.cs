namespace KamReports.Compute;

/// <summary>The population a portfolio figure is computed over (kpis.md, Scopes).</summary>
public enum ScopeKind
{
    /// <summary>Every account of the portfolio.</summary>
    All,
    /// <summary>The key accounts.</summary>
    KeyAccounts,
    /// <summary>One executive sponsor's accounts.</summary>
    Sponsor,
}
