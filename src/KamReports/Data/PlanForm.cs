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
        DataContract.ValuePropositions, DataContract.Contacts, DataContract.Partners, DataContract.Asks,
        DataContract.Programme,
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
    /// The columns of a plan sheet, as its hidden first row names them: the account id, the account's name (read only), the
    /// contract's other columns in contract order, Remove.
    /// </summary>
    public static IReadOnlyList<string> SheetColumns(FileSpec spec) =>
        ["account_id", AccountNameHeader, .. spec.Columns.Where(c => c.Name != "account_id").Select(c => c.Name), RemoveHeader];

    /// <summary>
    /// The column of a plan file whose rows carry an id of their own (asks: <c>ask_id</c>, the same id from quarter to quarter), or
    /// null: on a form, the current rows' id is locked like their account id; a new row is given one.
    /// </summary>
    public static string? OwnId(FileSpec spec) =>
        spec.UniqueKey is [var key] && key != "account_id" ? key : null;

    /// <summary>
    /// Why a sheet's hidden first row is not the one <c>kam forms</c> wrote, or null: its names must come in the written order
    /// (an old form may lack a later column; a swapped pair would put one column's values under the other's name).
    /// </summary>
    public static string? HeaderProblem(FileSpec spec, IReadOnlyList<string> header, IReadOnlyList<string>? readable = null)
    {
        // A cleared name under a readable column header hides that column's values (or, renamed, moves them): say so.
        for (var i = 0; readable is not null && i < readable.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(readable[i]) && (i >= header.Count || string.IsNullOrWhiteSpace(header[i])))
            {
                return $"the hidden first row (the column names) was edited: column {i + 1} (\"{readable[i].Trim()}\") has no name; "
                    + "restore the row, or write the form again with kam forms";
            }
        }
        var expected = SheetColumns(spec).Select(DataContract.NormalizeHeader).ToList();
        var last = -1;
        foreach (var name in header.Select(DataContract.NormalizeHeader).Where(n => n.Length > 0))
        {
            var at = expected.IndexOf(name);
            if (at < 0) continue;
            if (at < last)
            {
                return $"the hidden first row (the column names) was edited: its columns must read {string.Join(", ", SheetColumns(spec))}; "
                    + "restore the row, or write the form again with kam forms";
            }
            last = at;
        }
        return null;
    }

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
