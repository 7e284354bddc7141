using ClosedXML.Excel;

namespace KamReports.Data;

/// <summary>
/// The filled-in plan forms of a data folder (<c>DATA/forms/*.xlsx</c>). For each account a form covers (its Accounts sheet),
/// the rows of each plan sheet replace that account's rows of the same file. Two forms covering the same account and file is an error.
/// </summary>
internal sealed class PlanFormSource : IDisposable
{
    private readonly List<Form> _forms = [];

    /// <summary>One form workbook: its path, display name, manager and covered account ids.</summary>
    internal sealed record Form(string Path, string Name, string? Manager, IReadOnlyList<string> Accounts, XLWorkbook Workbook);

    private PlanFormSource() { }

    public IReadOnlyList<Form> Forms => _forms;

    /// <summary>Opens every form of <paramref name="dataDir"/>/forms; none when the folder is absent.</summary>
    public static PlanFormSource Open(string dataDir)
    {
        var source = new PlanFormSource();
        var dir = System.IO.Path.Combine(dataDir, PlanForm.Folder);
        if (!Directory.Exists(dir)) return source;
        if (!SafePath.IsInside(dir, dataDir))
        {
            throw new KamException(
                "is a link to a folder outside the data folder; only files inside it are read", ExitCodes.Usage, PlanForm.Folder);
        }
        try
        {
            // Office's lock files (~$name.xlsx) are not forms; the order is the file name's, so messages are stable.
            var paths = Directory.EnumerateFiles(dir, "*.xlsx")
                .Where(f => !System.IO.Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal);
            foreach (var path in paths)
                source._forms.Add(OpenForm(path, dataDir));
            source.CheckOverlaps();
            return source;
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    private static Form OpenForm(string path, string dataDir)
    {
        var name = PlanForm.Folder + "/" + System.IO.Path.GetFileName(path);
        if (!SafePath.IsInside(path, dataDir))
            throw new KamException("is a link to a file outside the data folder; only files inside it are read", ExitCodes.Usage, name);
        if (!SafePath.HasContent(path)) throw new KamException("is empty (or not a regular file)", ExitCodes.Failed, name);
        XLWorkbook book;
        try
        {
            book = new XLWorkbook(path);
        }
        catch (Exception e) when (e is not KamException)
        {
            throw new KamException(
                $"cannot be read as an xlsx workbook ({e.Message.Split('\n')[0]}); save the form as .xlsx", ExitCodes.Failed, name);
        }
        var accounts = book.Worksheets.FirstOrDefault(s => s.Name == PlanForm.AccountsSheet);
        if (accounts is null)
        {
            book.Dispose();
            throw new KamException(
                $"is not a plan form: it has no \"{PlanForm.AccountsSheet}\" sheet (write forms with kam forms)", ExitCodes.Failed, name);
        }
        var ids = new List<string>();
        var last = accounts.LastRowUsed()?.RowNumber() ?? 1;
        for (var r = 2; r <= last; r++)
        {
            var id = accounts.Cell(r, 1).GetString().Trim();
            if (id.Length > 0 && !ids.Contains(id)) ids.Add(id);
        }
        string? manager = null;
        foreach (var p in book.CustomProperties)
            if (p.Name == PlanForm.ManagerProperty) manager = Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture);
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

    /// <summary>The sheet of a form for a plan file, matched by role.</summary>
    public static IXLWorksheet? Sheet(Form form, FileSpec spec) =>
        form.Workbook.Worksheets.FirstOrDefault(s => DataContract.NormalizeHeader(s.Name) == DataContract.NormalizeHeader(spec.Role));

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
    public bool Canonical => true;
    public string[]? Header => inner.Header;

    public bool TryRead(out int line, out string[] fields)
    {
        while (inner.TryRead(out line, out fields))
        {
            if (line < PlanForm.FirstDataRow) continue; // the readable header row
            if (_remove >= 0 && _remove < fields.Length && fields[_remove].Trim().Length > 0) continue;
            return true;
        }
        return false;
    }

    public void Dispose() => inner.Dispose();
}
