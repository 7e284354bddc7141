namespace KamReports.Data;

/// <summary>One input file of the data contract.</summary>
public sealed record FileSpec(string Role, bool Required, IReadOnlyList<ColumnSpec> Columns, IReadOnlyList<string> UniqueKey)
{
    /// <summary>Whether rows reference an account that must exist in <c>accounts</c> (every file with an account_id but accounts
    /// itself; people name persons, not accounts).</summary>
    public bool ReferencesAccount => Role != "accounts" && Columns.Any(c => c.Name == "account_id");
}
