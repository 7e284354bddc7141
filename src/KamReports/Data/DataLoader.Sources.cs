
namespace KamReports.Data;

// Where a role's rows come from: a file named in the config, <role>.csv, or a sheet of the folder's workbook.
public sealed partial class DataLoader
{
    private (ITableReader? Reader, string Path) Open(FileSpec spec)
    {
        if (_config.Files.TryGetValue(spec.Role, out var configured))
        {
            var p = Path.Combine(_dataDir, configured);
            if (!SafePath.IsInside(p, _dataDir))
            {
                throw new KamException(
                    $"file \"{configured}\" named for {spec.Role} in the config lies outside the data folder {_dataDir}; "
                    + "only files inside it are read",
                    ExitCodes.Usage);
            }
            if (!File.Exists(p))
            {
                throw new KamException(
                    $"file \"{configured}\" named for {spec.Role} in the config not found in {_dataDir}", ExitCodes.Failed);
            }
            return p.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? (SheetReader(p, spec, required: true), p) : (Csv(p), p);
        }
        var csv = Directory.EnumerateFiles(_dataDir)
            .FirstOrDefault(f => string.Equals(Path.GetFileName(f), spec.Role + ".csv", StringComparison.OrdinalIgnoreCase));
        var book = FindWorkbook();
        if (csv is not null)
        {
            if (!SafePath.IsInside(csv, _dataDir))
            {
                throw new KamException(
                    "is a link to a file outside the data folder; only files inside it are read", ExitCodes.Usage, Path.GetFileName(csv));
            }
            // One source per role: a role in both a CSV file and a sheet of the workbook is ambiguous.
            if (book is not null && SheetReader(book, spec, required: false) is { } sheet)
            {
                sheet.Dispose();
                throw new KamException(
                    $"{spec.Role} is both {Path.GetFileName(csv)} and a sheet of {Path.GetFileName(book)}: "
                    + "remove one, or name the file in kam.json \"files\"",
                    ExitCodes.Usage);
            }
            return (Csv(csv), csv);
        }
        if (book is not null)
        {
            var r = SheetReader(book, spec, spec.Required);
            if (r is not null) return (r, book);
        }
        if (spec.Required)
        {
            throw new KamException(
                $"required file missing: {spec.Role}.csv (or a sheet \"{spec.Role}\" in data.xlsx) in {_dataDir}", ExitCodes.Failed);
        }
        return (null, "");
    }

    private CsvTableReader Csv(string path)
    {
        // A FIFO, a device or an empty file has no length: never opened (it could block or never end).
        if (!SafePath.HasContent(path))
        {
            throw new KamException(
                "is empty (or not a regular file): it needs at least a header row", ExitCodes.Failed, Path.GetFileName(path));
        }
        return new CsvTableReader(path, _config.GetEncoding());
    }

    private string? FindWorkbook()
    {
        var named = Path.Combine(_dataDir, "data.xlsx");
        if (File.Exists(named)) return named;
        var books = Directory.EnumerateFiles(_dataDir, "*.xlsx")
            .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
            .ToArray();
        return books.Length == 1 ? books[0] : null;
    }

    private XlsxTableReader? SheetReader(string path, FileSpec spec, bool required)
    {
        if (_workbook is null || _workbookPath != path)
        {
            _workbook?.Dispose();
            _workbook = null;
            var name = Path.GetFileName(path);
            if (!SafePath.IsInside(path, _dataDir))
                throw new KamException("is a link to a file outside the data folder; only files inside it are read", ExitCodes.Usage, name);
            if (!SafePath.HasContent(path)) throw new KamException("is empty (or not a regular file)", ExitCodes.Failed, name);
            var head = new byte[8];
            using (var fs = File.OpenRead(path)) _ = fs.Read(head);
            // An encrypted (password-protected) xlsx, like an old .xls, is an OLE compound file, not a zip.
            if (head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0)
            {
                throw new KamException(
                    "is password-protected or an old .xls workbook: save it as .xlsx without a password", ExitCodes.Failed, name);
            }
            try
            {
                _workbook = XlsxWorkbook.Open(path);
            }
            catch (Exception e) when (e is not KamException)
            {
                throw new KamException($"cannot be read as an xlsx workbook ({e.Message.Split('\n')[0]})", ExitCodes.Failed, name);
            }
            _workbookPath = path;
        }
        var matching = _workbook.SheetNames
            .Where(s => DataContract.NormalizeHeader(s) == DataContract.NormalizeHeader(spec.Role)).ToArray();
        if (matching.Length > 1)
        {
            throw new KamException($"has {matching.Length} sheets for {spec.Role} ({string.Join(", ", matching.Select(m => $"\"{m}\""))}): keep one",
                ExitCodes.Failed, Path.GetFileName(path));
        }
        var sheet = matching.FirstOrDefault();
        if (sheet is null)
        {
            if (required) throw new KamException($"has no sheet \"{spec.Role}\"", ExitCodes.Failed, Path.GetFileName(path));
            return null;
        }
        return new XlsxTableReader(_workbook, sheet, Path.GetFileName(path));
    }
}
