namespace KamReports.Data;

/// <summary>
/// The filled-in plan forms of a data folder (<c>DATA/forms/*.xlsx</c>). For each account a form covers (its Accounts sheet),
/// the rows of each plan sheet replace that account's rows of the same file. Two forms covering the same account and file is an error.
/// </summary>
internal sealed class PlanFormSource : IDisposable
{
    private readonly List<Form> _forms = [];
    private readonly List<string> _warnings = [];

    // The sheets kam forms writes besides one per plan file.
    private static readonly string[] OtherSheets = [PlanForm.AccountsSheet, PlanForm.InstructionsSheet, PlanForm.ListsSheet];

    /// <summary>One form workbook: its path, display name, manager and covered account ids.</summary>
    internal sealed record Form(string Path, string Name, string? Manager, IReadOnlyList<string> Accounts, XlsxWorkbook Workbook);

    private PlanFormSource() { }

    public IReadOnlyList<Form> Forms => _forms;

    /// <summary>Files of the forms folder that are not read, and sheets of forms that are no plan sheet, by name.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Opens every form of <paramref name="dataDir"/>/forms; none when the folder is absent.</summary>
    public static PlanFormSource Open(string dataDir)
    {
        var source = new PlanFormSource();
        // The folder may be spelled Forms or FORMS (a Windows user's copy): any case is the forms folder.
        var dir = Directory.EnumerateDirectories(dataDir)
            .FirstOrDefault(d => string.Equals(System.IO.Path.GetFileName(d), PlanForm.Folder, StringComparison.OrdinalIgnoreCase));
        if (dir is null) return source;
        if (!SafePath.IsInside(dir, dataDir))
        {
            throw new KamException(
                "is a link to a folder outside the data folder; only files inside it are read", ExitCodes.Usage, PlanForm.Folder);
        }
        try
        {
            // Every file of the folder is read or named: .xlsx and .xlsm in any case are forms; Office's lock files (~$name.xlsx)
            // and hidden files are not; the order is the file name's, so messages are stable.
            var paths = Directory.EnumerateFiles(dir)
                .Where(f => !System.IO.Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal)
                    && !System.IO.Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal);
            foreach (var sub in Directory.EnumerateDirectories(dir).Order(StringComparer.Ordinal))
            {
                source._warnings.Add($"{PlanForm.Folder}/{System.IO.Path.GetFileName(sub)}/ is a folder and is not read: forms are read from "
                    + $"{PlanForm.Folder}/ itself; move the returned forms up");
            }
            foreach (var path in paths)
            {
                var ext = System.IO.Path.GetExtension(path);
                if (ext.Equals(".xlsx", StringComparison.OrdinalIgnoreCase) || ext.Equals(".xlsm", StringComparison.OrdinalIgnoreCase))
                    source._forms.Add(source.OpenForm(path, dataDir));
                else
                    source._warnings.Add($"{PlanForm.Folder}/{System.IO.Path.GetFileName(path)} is not read: plan forms are .xlsx workbooks "
                        + "(save it as .xlsx, or move it out of the forms folder)");
            }
            source.CheckOverlaps();
            return source;
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    private Form OpenForm(string path, string dataDir)
    {
        var name = PlanForm.Folder + "/" + System.IO.Path.GetFileName(path);
        if (!SafePath.IsInside(path, dataDir))
            throw new KamException("is a link to a file outside the data folder; only files inside it are read", ExitCodes.Usage, name);
        if (!SafePath.HasContent(path)) throw new KamException("is empty (or not a regular file)", ExitCodes.Failed, name);
        XlsxWorkbook book;
        try
        {
            book = XlsxWorkbook.Open(path, name);
        }
        catch (Exception e) when (e is not KamException)
        {
            throw new KamException(
                $"cannot be read as an xlsx workbook ({e.Message.Split('\n')[0]}); save the form as .xlsx", ExitCodes.Failed, name);
        }
        if (!book.SheetNames.Contains(PlanForm.AccountsSheet))
        {
            book.Dispose();
            throw new KamException(
                $"is not a plan form: it has no \"{PlanForm.AccountsSheet}\" sheet (write forms with kam forms)", ExitCodes.Failed, name);
        }
        var ids = new List<string>();
        foreach (var (row, cells) in book.Rows(PlanForm.AccountsSheet, maxColumns: 1))
        {
            var id = row >= 2 && cells.Length > 0 ? cells[0].Trim() : "";
            if (id.Length > 0 && !ids.Contains(id)) ids.Add(id);
        }
        var manager = book.CustomProperty(PlanForm.ManagerProperty);
        foreach (var sheet in book.SheetNames)
        {
            var known = OtherSheets.Contains(sheet)
                || PlanForm.Files.Any(f => DataContract.NormalizeHeader(f.Role) == DataContract.NormalizeHeader(sheet));
            if (!known)
            {
                _warnings.Add($"{name}: sheet \"{sheet}\" is not a plan sheet and is not read (plan sheets: "
                    + string.Join(", ", PlanForm.Files.Select(f => f.Role)) + "); give it back its name to have its rows read");
            }
        }
        return new Form(path, name, string.IsNullOrWhiteSpace(manager) ? null : manager.Trim(), ids, book);
    }

    private void CheckOverlaps()
    {
        foreach (var spec in PlanForm.Files)
        {
            var owner = new Dictionary<string, Form>(StringComparer.Ordinal);
            foreach (var form in _forms.Where(f => Sheet(f, spec) is not null))
                foreach (var id in form.Accounts)
                {
                    if (owner.TryGetValue(id, out var first))
                    {
                        throw new KamException(
                            $"{first.Name} and {form.Name} both cover account {id} in their {spec.Role} sheet: keep one form per account "
                            + "(remove the account from one form's Accounts sheet, or one form)",
                            ExitCodes.Failed);
                    }
                    owner[id] = form;
                }
        }
    }

    /// <summary>The name of a form's sheet for a plan file, matched by role.</summary>
    public static string? Sheet(Form form, FileSpec spec) =>
        form.Workbook.SheetNames.FirstOrDefault(s => DataContract.NormalizeHeader(s) == DataContract.NormalizeHeader(spec.Role));

    public void Dispose()
    {
        foreach (var f in _forms) f.Workbook.Dispose();
        _forms.Clear();
    }
}

/// <summary>
/// A plan form sheet as a table: rows marked in the Remove column are left out of the plan, as the form's instructions say.
/// </summary>
internal sealed class FormSheetReader(XlsxTableReader inner) : ITableReader
{
    private readonly int _remove = inner.Header is { } h
        ? Array.FindIndex(h, c => DataContract.NormalizeHeader(c) == DataContract.NormalizeHeader(PlanForm.RemoveHeader))
        : -1;

    public string DisplayName => inner.DisplayName;
    public bool Canonical => inner.Canonical;
    public string[]? Header => inner.Header;
    public object?[]? Typed => inner.Typed;

    public bool TryRead(out int line, out string[] fields)
    {
        while (inner.TryRead(out line, out fields))
        {
            if (line < PlanForm.FirstDataRow) continue; // the readable header row
            var mark = _remove >= 0 && _remove < fields.Length ? (fields[_remove] ?? InvariantText.Of(inner.Typed?[_remove])).Trim() : "";
            if (mark.Length == 0) return true;
            // Only an x removes a row; other text ("no", "keep") is reported and the row is left out until the cell says which.
            if (!mark.Equals("x", StringComparison.OrdinalIgnoreCase)) BadMarks.Add((line, mark));
        }
        return false;
    }

    /// <summary>Rows whose Remove cell holds something other than x: reported, and left out.</summary>
    public List<(int Line, string Mark)> BadMarks { get; } = [];

    public void Dispose() => inner.Dispose();
}
