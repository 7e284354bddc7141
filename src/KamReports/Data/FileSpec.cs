namespace KamReports.Data;

/// <summary>One input file of the data contract.</summary>
public sealed record FileSpec(string Role, bool Required, IReadOnlyList<ColumnSpec> Columns, IReadOnlyList<string> UniqueKey)
{
    /// <summary>Whether rows reference an account that must exist in <c>accounts</c>.</summary>
    public bool ReferencesAccount => Role != "accounts";
}
