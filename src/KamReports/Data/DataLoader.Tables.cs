using System.Security.Cryptography;
using KamReports.Records;

namespace KamReports.Data;

// Reading one table: the header mapped to the contract's columns, every row parsed and checked, plan forms merged in.
public sealed partial class DataLoader
{
    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    private List<T>? Read<T>(FileSpec spec, Func<RowParser, T> build, SharedKeys? shared = null) =>
        Read(spec, (p, _) => build(p), keepExtra: false, shared);

    private List<T>? Read<T>(
        FileSpec spec, Func<RowParser, IReadOnlyDictionary<string, string>, T> build, bool keepExtra = true, SharedKeys? shared = null)
    {
        if (_db is not null && _db.Config.Plays(spec.Role))
        {
            if (_config.Files.ContainsKey(spec.Role))
                throw new KamException($"{spec.Role} is named both in files and in source: keep one", ExitCodes.Usage);
            using var table = _db.Open(spec);
            return ReadTable(spec, table, null, table.DisplayName, build, keepExtra, null, _db.Hash(spec), shared);
        }
        var (reader, path) = Open(spec);
        if (reader is null) return null;
        using (reader) return ReadTable(spec, reader, path, Path.GetRelativePath(_dataDir, path), build, keepExtra, null, shared: shared);
    }

    /// <summary>
    /// A plan file (objectives, actions, ...): the data folder's rows, then, for each account a plan form covers, the form's rows in
    /// place of that account's rows (at the position of the account's first row, so an untouched form changes nothing).
    /// </summary>
    private List<T>? ReadPlan<T>(FileSpec spec, Func<RowParser, T> build, Func<T, string> accountOf)
    {
        var sheets = _forms.Forms
            .Select(f => (Form: f, Sheet: PlanFormSource.Sheet(f, spec)))
            .Where(x => x.Sheet is not null)
            .ToArray();
        if (sheets.Length == 0) return Read(spec, build);
        // A unique key holds across the merged rows: a form's row may not repeat the key of a row kept from the data file or from
        // another form (an ask id typed in a form that another account's ask already has). The data file's rows of the accounts
        // the forms replace are left out, so they take no key.
        var shared = spec.UniqueKey.Count > 0
            ? new SharedKeys(sheets.SelectMany(x => x.Form.Accounts).Where(_accountIds.Contains).ToHashSet(StringComparer.Ordinal))
            : null;
        var rows = Read(spec, build, shared);
        if (shared is not null) shared.Skip = null;
        var replaced = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var (form, sheet) in sheets)
        {
            var covered = form.Accounts.Where(_accountIds.Contains).ToHashSet(StringComparer.Ordinal);
            using var reader = new FormSheetReader(new XlsxTableReader(form.Workbook, sheet!, form.Name));
            var readable = form.Workbook.Rows(sheet!).FirstOrDefault(r => r.Row == 2).Cells;
            if (reader.Header is { } header && PlanForm.HeaderProblem(spec, header, readable) is { } problem)
                throw new KamException(problem, ExitCodes.Failed, reader.DisplayName, 1);
            var formRows = ReadTable(spec, reader, form.Path, reader.DisplayName, (p, _) => build(p), false, covered, shared: shared);
            foreach (var (line, mark) in reader.BadMarks)
            {
                _problems.Add(new ValidationProblem(reader.DisplayName, line, PlanForm.RemoveHeader, mark,
                    "write x to remove the row, or clear the cell to keep it; the row is left out until then"));
            }
            foreach (var id in covered) replaced[id] = [];
            foreach (var r in formRows) replaced[accountOf(r)].Add(r);
        }
        var merged = new List<T>((rows?.Count ?? 0) + replaced.Values.Sum(l => l.Count));
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in rows ?? [])
        {
            var id = accountOf(r);
            if (!replaced.TryGetValue(id, out var fromForm)) merged.Add(r);
            else if (placed.Add(id)) merged.AddRange(fromForm);
        }
        foreach (var (id, fromForm) in replaced)
            if (placed.Add(id)) merged.AddRange(fromForm);
        return merged;
    }

    private List<T> ReadTable<T>(
        FileSpec spec, ITableReader reader, string? path, string displayPath,
        Func<RowParser, IReadOnlyDictionary<string, string>, T> build, bool keepExtra,
        IReadOnlySet<string>? formAccounts, string? hash = null, SharedKeys? shared = null)
    {
        var name = reader.DisplayName;
        var header = reader.Header
            ?? throw new KamException($"is empty: the {spec.Role} file needs a header row", ExitCodes.Failed, name);
        var index = MapColumns(spec, header, name);
        var extraColumns = keepExtra
            ? Enumerable.Range(0, header.Length).Where(i => !index.Values.Any(v => v.Index == i) && header[i].Trim().Length > 0).ToArray()
            : [];
        var parser = new RowParser(
            name, spec, index, _problems, _config.GetInputCulture(), _config.DateFormat, reader.Canonical, _today)
        {
            OptionalCellCostsOnlyItself = spec == DataContract.Accounts,
        };
        var keys = spec.UniqueKey.Count > 0 ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
        // Size the list from the file size (about 40 bytes a row) so a million rows are not copied as it grows.
        var capacity = reader.Canonical || path is null ? 16 : (int)Math.Min(50_000_000, new FileInfo(SafePath.Real(path)).Length / 40);
        var rows = new List<T>(capacity);
        int total = 0, rejected = 0;
        while (reader.TryRead(out var line, out var fields))
        {
            total++;
            parser.Start(line, fields, reader.Typed);
            if (fields.Length == 2 && fields[0] == CsvTableReader.UnbalancedMarker)
            {
                parser.Fail("(row)", fields[1].Length > 80 ? fields[1][..80] + "…" : fields[1],
                    "unbalanced quote: a field opens a quote that never closes, or text follows its closing quote; the row is left out and "
                    + "reading goes on at the next line");
            }
            else if (fields.Length == 2 && fields[0] == CsvTableReader.TooLongMarker)
            {
                parser.Fail("(row)", fields[1] + "…",
                    $"line longer than {CsvTableReader.MaxLineChars / (1 << 20)} million characters: left out");
            }
            else if (fields.Length != header.Length)
            {
                parser.Fail("(row)", string.Join(",", fields.Take(4)),
                    $"row has {fields.Length} fields but the header has {header.Length}");
            }
            else
            {
                var extra = extraColumns.Length == 0 ? Empty : extraColumns.ToDictionary(i => header[i].Trim(), parser.Field);
                var record = build(parser, extra);
                if (!parser.Bad) CheckReferences(spec, parser, index, keys, formAccounts, shared, name);
                if (!parser.Bad) rows.Add(record);
            }
            if (parser.Bad) rejected++;
        }
        _files.Add(new InputFile(spec.Role, displayPath, hash ?? Hash(path!), total, rejected));
        if (parser.AheadRows > 0)
        {
            _warnings.Add($"{name}: {parser.AheadRows} row(s) dated after the day of the run ({_today:yyyy-MM-dd}), the first on line "
                + $"{parser.FirstAheadLine}, the latest {parser.LatestAhead:yyyy-MM-dd}: they are in no complete quarter yet; check the dates");
        }
        return rows;
    }

    private void CheckReferences(
        FileSpec spec, RowParser parser, IReadOnlyDictionary<string, (int Index, string Header)> index, Dictionary<string, int>? keys,
        IReadOnlySet<string>? formAccounts, SharedKeys? shared, string name)
    {
        var id = spec.ReferencesAccount ? parser.Field(index["account_id"].Index).Trim() : null;
        if (id is not null && !_accountIds.Contains(id)) parser.Fail("account_id", "unknown account (not in accounts)");
        if (!parser.Bad && formAccounts is not null && !formAccounts.Contains(id!))
            parser.Fail("account_id", $"is not one of this form's accounts (its {PlanForm.AccountsSheet} sheet)");
        if (keys is not null && !parser.Bad)
        {
            // A closed-set value is one key however it is spelled (Pricing, pricing, sales units, sales_units); a person's name
            // too, as sponsors are compared (Claire Dubois, claire  dubois, Clàire Dubois).
            var key = string.Join("\u001f", spec.UniqueKey.Select(k => spec.Columns.First(c => c.Name == k) switch
            {
                { Type: ColumnType.Choice } => DataContract.NormalizeHeader(parser.Field(index[k].Index)),
                { PersonName: true } => PeopleNames.Key(parser.Field(index[k].Index)),
                _ => parser.Field(index[k].Index).Trim(),
            }));
            var what = string.Join("+", spec.UniqueKey);
            if (keys.TryGetValue(key, out var firstLine))
            {
                parser.Fail(spec.UniqueKey[^1], $"duplicate {what} (first on line {firstLine})");
            }
            else
            {
                keys[key] = parser.Line;
                if (shared is not null && id is not null && shared.Skip?.Contains(id) == true)
                {
                    // A data-file row that a form replaces: its key stays its account's (the form's row of that account may keep it).
                    shared.Reserved.TryAdd(key, (id, name, parser.Line));
                }
                else if (shared is not null)
                {
                    if (shared.First.TryGetValue(key, out var first))
                        parser.Fail(spec.UniqueKey[^1], $"duplicate {what} (first in {first.File}, line {first.Line})");
                    else if (shared.Reserved.TryGetValue(key, out var owned) && owned.Account != id)
                        parser.Fail(spec.UniqueKey[^1], $"duplicate {what}: {owned.Account}'s in {owned.File}, line {owned.Line}");
                    else shared.First[key] = (name, parser.Line);
                }
            }
        }
    }

    /// <summary>
    /// The first row of each unique key across the data file and the plan forms of one plan file. <see cref="Skip"/>: accounts whose
    /// data-file rows the forms replace (while the data file is read); their keys are <see cref="Reserved"/> for their own account,
    /// so a form's new row for another account may not take an id that an ask of the data folder has, whichever form is read first.
    /// </summary>
    private sealed class SharedKeys(IReadOnlySet<string>? skip)
    {
        public Dictionary<string, (string File, int Line)> First { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, (string Account, string File, int Line)> Reserved { get; } = new(StringComparer.Ordinal);
        public IReadOnlySet<string>? Skip { get; set; } = skip;
    }

    private Dictionary<string, (int Index, string Header)> MapColumns(FileSpec spec, string[] header, string fileName)
    {
        var normalized = header.Select(DataContract.NormalizeHeader).ToArray();
        for (var i = 0; i < normalized.Length; i++)
        {
            if (normalized[i].Length == 0) continue;
            var j = Array.IndexOf(normalized, normalized[i], i + 1);
            if (j > 0)
            {
                throw new KamException(
                    $"columns {i + 1} \"{header[i].Trim()}\" and {j + 1} \"{header[j].Trim()}\" have the same name; rename or remove one",
                    ExitCodes.Failed, fileName, 1, j + 1);
            }
        }
        _config.Columns.TryGetValue(spec.Role, out var mapping);
        var index = new Dictionary<string, (int, string)>();
        foreach (var col in spec.Columns)
        {
            string wanted = col.Name;
            var mapped = mapping is not null && mapping.TryGetValue(col.Name, out var m) ? m : null;
            if (mapped is not null) wanted = mapped;
            var i = Array.IndexOf(normalized, DataContract.NormalizeHeader(wanted));
            if (i >= 0)
            {
                index[col.Name] = (i, header[i].Trim());
            }
            else if (mapped is not null)
            {
                throw new KamException(
                    $"column \"{mapped}\" (mapped to {col.Name} in the config) not found; the header has: {string.Join(", ", header)}",
                    ExitCodes.Failed, fileName);
            }
            else if (col.Required)
            {
                throw new KamException(
                    $"missing required column \"{col.Name}\"; the header has: {string.Join(", ", header.Select(h => h.Trim()))}",
                    ExitCodes.Failed, fileName);
            }
        }
        return index;
    }

    private static string Hash(string path)
    {
        using var fs = File.OpenRead(SafePath.Real(path));
        return Convert.ToHexStringLower(SHA256.HashData(fs));
    }
}
