namespace KamReports.Data;

/// <summary>
/// The shape of a plan form (outputs.md, "Plan forms"): one workbook per key account manager, one sheet per plan file,
/// named by the file's role. Written by <c>kam forms</c>, read back from <c>DATA/forms/*.xlsx</c> by the loader.
/// </summary>
public static class PlanForm
{
    /// <summary>The plan files a form carries, in sheet order.</summary>
    public static readonly IReadOnlyList<FileSpec> Files =
    [
        DataContract.Objectives, DataContract.Actions, DataContract.PlanNotes,
        DataContract.ValuePropositions, DataContract.Contacts, DataContract.Partners,
    ];

    /// <summary>The folder of the data folder that filled-in forms are read from.</summary>
    public const string Folder = "forms";

    /// <summary>Sheet listing the accounts the form covers: for each, the form's rows replace the data folder's rows.</summary>
    public const string AccountsSheet = "Accounts";
    public const string InstructionsSheet = "Instructions";
    public const string ListsSheet = "Lists";

    /// <summary>Column shown next to the account id, for reading only (not a contract column).</summary>
    public const string AccountNameHeader = "Account name";

    /// <summary>First row of data on a plan sheet: row 1 holds the contract's column names (hidden), row 2 the readable header.</summary>
    public const int FirstDataRow = 3;

    /// <summary>A row marked in this column is removed from the plan.</summary>
    public const string RemoveHeader = "Remove (x)";

    /// <summary>Workbook property holding the key account manager the form was written for.</summary>
    public const string ManagerProperty = "KamReports.Manager";

    /// <summary>
    /// Readable header of a contract column: <c>objective_id</c> reads "Objective ID"; the loader maps it back (headers ignore case,
    /// spaces and <c>_</c>).
    /// </summary>
    public static string Label(string column)
    {
        var words = column.Split('_').Select(w => w == "id" ? "ID" : w).ToArray();
        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words);
    }
}
