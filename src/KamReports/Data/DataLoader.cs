using System.Security.Cryptography;
using ClosedXML.Excel;
using KamReports.Config;
using KamReports.Records;

namespace KamReports.Data;

/// <summary>
/// Load stage: finds each contract file in a data folder (CSV, or a sheet of <c>data.xlsx</c>),
/// maps headers, parses and validates every row. Knows nothing of KPIs.
/// </summary>
public sealed class DataLoader
{
    private readonly string _dataDir;
    private readonly KamConfig _config;
    private readonly List<ValidationProblem> _problems = [];
    private readonly List<InputFile> _files = [];
    private readonly HashSet<string> _accountIds = new(StringComparer.Ordinal);
    private XLWorkbook? _workbook;
    private PlanFormSource _forms = null!;
    private DbSource? _db;
    private string? _workbookPath;
    private bool _hasCostToServe;

    private readonly DateOnly _today;
    private readonly List<string> _warnings = [];

    private DataLoader(string dataDir, KamConfig config, DateOnly today)
    {
        _dataDir = dataDir;
        _config = config;
        _today = today;
    }

    /// <summary>Loads and validates the data folder. Missing folder, file or required column throws <see cref="KamException"/>.</summary>
    public static DataSet Load(string dataDir, KamConfig config, DateOnly? today = null)
    {
        if (!Directory.Exists(dataDir)) throw new KamException($"data folder not found: {dataDir}", ExitCodes.Usage);
        var loader = new DataLoader(dataDir, config, today ?? DateOnly.FromDateTime(DateTime.Now));
        try
        {
            loader._forms = PlanFormSource.Open(dataDir);
            if (config.Source is { } source) loader._db = new DbSource(source, dataDir);
            var data = loader.LoadAll();
            return loader._db is null ? data : data with { Source = loader._db.Describe() };
        }
        finally
        {
            loader._db?.Dispose();
            loader._workbook?.Dispose();
            loader._forms?.Dispose();
        }
    }

    private DataSet LoadAll()
    {
        var accounts = PeopleNames.Unify(Read(DataContract.Accounts, BuildAccount)!, _warnings);
        foreach (var a in accounts) _accountIds.Add(a.AccountId);
        CheckFormOwners(accounts);
        var revenue = Read(DataContract.Revenue, p =>
        {
            var cost = p.Decimal("cost_to_serve");
            if (cost is not null) _hasCostToServe = true;
            return new RevenueLine(p.Pooled("account_id")!, p.Date("date") ?? default, p.Pooled("product_line")!, p.Decimal("amount") ?? 0, p.Text("order_id"), cost);
        })!;
        var satisfaction = Read(DataContract.Satisfaction, p => new SurveyResponse(p.Pooled("account_id")!, p.Date("date") ?? default, p.Text("respondent"),
            p.Integer("nps"), p.Number("csat"), p.Number("relationship_strength"), p.Text("comment")))!;
        var complaints = Read(DataContract.Complaints, p =>
        {
            var c = new Complaint(p.Text("complaint_id")!, p.Text("account_id")!, p.Date("opened") ?? default, p.Date("closed"), p.Choice<Severity>("severity"), p.Text("category"), p.Text("description"));
            if (c.Closed is { } closed && closed < c.Opened) p.Fail("closed", "closed before it was opened");
            return c;
        });
        var targets = Read(DataContract.Targets, p => new Target(p.Text("account_id")!, p.Period("period")!, p.Text("product_line"), p.Decimal("target") ?? 0));
        var offers = Read(DataContract.Offers, p => new Offer(p.Text("offer_id")!, p.Text("account_id")!, p.Date("date") ?? default, p.Text("product_line"), p.Decimal("value"), p.Choice<OfferStatus>("status") ?? OfferStatus.Open)
        {
            Name = p.Text("name"), Type = p.Choice<OfferType>("type"), Source = p.Choice<OfferSource>("source"), Probability = p.Number("probability"), ExpectedClose = p.Date("expected_close"),
        });
        var wallet = Read(DataContract.Wallet, p => new WalletEstimate(p.Text("account_id")!, p.Integer("year") ?? 0, p.Decimal("estimated_spend") ?? 0));
        var contacts = ReadPlan(DataContract.Contacts, p => new Contact(p.Text("account_id")!, p.Text("name")!, p.Text("title"), p.Choice<ContactRole>("role"),
            p.Choice<Influence>("influence"), p.Choice<Stance>("stance"), p.Text("owner"), p.Date("last_contact")), c => c.AccountId);
        var team = Read(DataContract.Team, p => new TeamMember(p.Text("account_id")!, p.Text("member")!, p.Text("role"), p.Text("responsibilities")));
        var actions = ReadPlan(DataContract.Actions, p => new ActionItem(p.Text("account_id")!, p.Text("objective"), p.Text("action")!, p.Text("owner"), p.Date("due"),
            p.Choice<ActionStatus>("status") ?? ActionStatus.Planned, p.Date("completed")), a => a.AccountId);
        var competitors = Read(DataContract.Competitors, p => new CompetitorPosition(p.Text("account_id")!, p.Text("competitor")!, p.Number("estimated_share"), p.Text("notes")));

        var objectives = ReadPlan(DataContract.Objectives, p => new Objective(p.Text("account_id")!, p.Text("objective_id")!, p.Text("objective")!, p.ChoiceText("kpi"),
            p.Decimal("baseline"), p.Decimal("target"), p.Date("start"), p.Date("due"), p.Text("owner"), p.Choice<ObjectiveStatus>("status")), o => o.AccountId);
        var notes = ReadPlan(DataContract.PlanNotes, p => new PlanNote(p.Text("account_id")!, p.Choice<PlanSection>("section") ?? PlanSection.Summary, p.Text("text")!), n => n.AccountId);
        var values = ReadPlan(DataContract.ValuePropositions, p => new ValueProposition(p.Text("account_id")!, p.Text("value_element")!, p.Text("customer_benefit"), p.Decimal("quantified_value"),
            p.Text("evidence"), p.Number("importance"), p.Number("our_rating"), p.Text("competitor"), p.Number("competitor_rating")), v => v.AccountId);
        var partners = ReadPlan(DataContract.Partners, p => new Partner(p.Text("account_id")!, p.Text("partner")!, p.Choice<PartnerRole>("role"), p.Number("share")), p => p.AccountId);

        return new DataSet(accounts, revenue, satisfaction, complaints, targets, offers, wallet, contacts, team, actions, competitors,
            _hasCostToServe, _files, _problems)
        { Warnings = _warnings, Objectives = objectives, PlanNotes = notes, ValuePropositions = values, Partners = partners };
    }

    // A form may cover an account its manager does not own (a colleague's cover): read, but said.
    private void CheckFormOwners(IReadOnlyList<Account> accounts)
    {
        var byId = accounts.ToDictionary(a => a.AccountId, StringComparer.Ordinal);
        foreach (var form in _forms.Forms)
            foreach (var id in form.Accounts)
            {
                if (!byId.TryGetValue(id, out var a))
                    _warnings.Add($"{form.Name} covers account {id}, which is not in accounts: its rows are rejected");
                else if (form.Manager is { } m && !string.Equals(PeopleNames.Key(m), PeopleNames.Key(a.KeyAccountManager ?? ""), StringComparison.Ordinal))
                    _warnings.Add($"{form.Name} is {m}'s form but covers {id} ({a.Name}), whose key account manager is {a.KeyAccountManager ?? "not set"}: its rows are read all the same");
            }
    }

    private Account BuildAccount(RowParser p, IReadOnlyDictionary<string, string> extra) => new(
        p.Text("account_id")!, p.Text("name")!, p.Text("industry"), p.Text("region"), p.Text("country"), p.Text("customer_type"),
        p.Text("key_account_manager"), p.Text("executive_sponsor"), p.Date("customer_since"), p.Bool("is_key_account"),
        p.Number("growth_potential"), p.Text("buying_channel"), extra);

    private List<T>? Read<T>(FileSpec spec, Func<RowParser, T> build) => Read(spec, (p, _) => build(p), keepExtra: false);

    private List<T>? Read<T>(FileSpec spec, Func<RowParser, IReadOnlyDictionary<string, string>, T> build, bool keepExtra = true)
    {
        if (_db is not null && _db.Config.Plays(spec.Role))
        {
            if (_config.Files.ContainsKey(spec.Role))
                throw new KamException($"{spec.Role} is named both in files and in source: keep one", ExitCodes.Usage);
            using var table = _db.Open(spec);
            return ReadTable(spec, table, null, table.DisplayName, build, keepExtra, null, _db.Hash(spec));
        }
        var (reader, path) = Open(spec);
        if (reader is null) return null;
        using (reader) return ReadTable(spec, reader, path, Path.GetRelativePath(_dataDir, path), build, keepExtra, null);
    }

    /// <summary>
    /// A plan file (objectives, actions, ...): the data folder's rows, then, for each account a plan form covers, the form's rows in place of
    /// that account's rows (at the position of the account's first row, so an untouched form changes nothing).
    /// </summary>
    private List<T>? ReadPlan<T>(FileSpec spec, Func<RowParser, T> build, Func<T, string> accountOf)
    {
        var rows = Read(spec, build);
        var sheets = _forms.Forms.Select(f => (Form: f, Sheet: PlanFormSource.Sheet(f, spec))).Where(x => x.Sheet is not null).ToArray();
        if (sheets.Length == 0) return rows;
        var replaced = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var (form, sheet) in sheets)
        {
            var covered = form.Accounts.Where(_accountIds.Contains).ToHashSet(StringComparer.Ordinal);
            using var reader = new FormSheetReader(new XlsxTableReader(sheet!, form.Name));
            var formRows = ReadTable(spec, reader, form.Path, reader.DisplayName, (p, _) => build(p), false, covered);
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

    private List<T> ReadTable<T>(FileSpec spec, ITableReader reader, string? path, string displayPath, Func<RowParser, IReadOnlyDictionary<string, string>, T> build, bool keepExtra,
        IReadOnlySet<string>? formAccounts, string? hash = null)
    {
        {
            var name = reader.DisplayName;
            var header = reader.Header ?? throw new KamException($"is empty: the {spec.Role} file needs a header row", ExitCodes.Failed, name);
            var index = MapColumns(spec, header, name);
            var extraColumns = keepExtra
                ? Enumerable.Range(0, header.Length).Where(i => !index.Values.Any(v => v.Index == i) && header[i].Trim().Length > 0).ToArray()
                : [];
            var parser = new RowParser(name, spec, index, _problems, _config.GetInputCulture(), _config.DateFormat, reader.Canonical, _today);
            var keys = spec.UniqueKey.Count > 0 ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
            // Size the list from the file size (about 40 bytes a row) so a million rows are not copied as it grows.
            var rows = new List<T>(reader.Canonical || path is null ? 16 : (int)Math.Min(50_000_000, new FileInfo(SafePath.Real(path)).Length / 40));
            int total = 0, rejected = 0;
            while (reader.TryRead(out var line, out var fields))
            {
                total++;
                parser.Start(line, fields, reader.Typed);
                if (fields.Length == 2 && fields[0] == CsvTableReader.UnbalancedMarker)
                    parser.Fail("(row)", fields[1].Length > 80 ? fields[1][..80] + "…" : fields[1], "unbalanced quote: a field opens a quote that never closes; the row is left out and reading goes on at the next line");
                else if (fields.Length != header.Length)
                    parser.Fail("(row)", string.Join(",", fields.Take(4)), $"row has {fields.Length} fields but the header has {header.Length}");
                else
                {
                    var extra = extraColumns.Length == 0 ? Empty : extraColumns.ToDictionary(i => header[i].Trim(), parser.Field);
                    var record = build(parser, extra);
                    if (!parser.Bad) CheckReferences(spec, parser, index, keys);
                    if (!parser.Bad && formAccounts is not null && !formAccounts.Contains(parser.Field(index["account_id"].Index).Trim()))
                        parser.Fail("account_id", $"is not one of this form's accounts (its {PlanForm.AccountsSheet} sheet)");
                    if (!parser.Bad) rows.Add(record);
                }
                if (parser.Bad) rejected++;
            }
            _files.Add(new InputFile(spec.Role, displayPath, hash ?? Hash(path!), total, rejected));
            return rows;
        }
    }

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    private void CheckReferences(FileSpec spec, RowParser parser, IReadOnlyDictionary<string, (int Index, string Header)> index, Dictionary<string, int>? keys)
    {
        if (spec.ReferencesAccount)
        {
            var id = parser.Field(index["account_id"].Index).Trim();
            if (!_accountIds.Contains(id)) parser.Fail("account_id", "unknown account (not in accounts)");
        }
        if (keys is not null && !parser.Bad)
        {
            var key = string.Join("\u001f", spec.UniqueKey.Select(k => parser.Field(index[k].Index).Trim()));
            if (keys.TryGetValue(key, out var firstLine))
                parser.Fail(spec.UniqueKey[^1], $"duplicate {string.Join("+", spec.UniqueKey)} (first on line {firstLine})");
            else keys[key] = parser.Line;
        }
    }

    private Dictionary<string, (int Index, string Header)> MapColumns(FileSpec spec, string[] header, string fileName)
    {
        var normalized = header.Select(DataContract.NormalizeHeader).ToArray();
        for (var i = 0; i < normalized.Length; i++)
        {
            if (normalized[i].Length == 0) continue;
            var j = Array.IndexOf(normalized, normalized[i], i + 1);
            if (j > 0)
                throw new KamException($"columns {i + 1} \"{header[i].Trim()}\" and {j + 1} \"{header[j].Trim()}\" have the same name; rename or remove one", ExitCodes.Failed, fileName, 1, j + 1);
        }
        _config.Columns.TryGetValue(spec.Role, out var mapping);
        var index = new Dictionary<string, (int, string)>();
        foreach (var col in spec.Columns)
        {
            string wanted = col.Name;
            var mapped = mapping is not null && mapping.TryGetValue(col.Name, out var m) ? m : null;
            if (mapped is not null) wanted = mapped;
            var i = Array.IndexOf(normalized, DataContract.NormalizeHeader(wanted));
            if (i >= 0) index[col.Name] = (i, header[i].Trim());
            else if (mapped is not null)
                throw new KamException($"column \"{mapped}\" (mapped to {col.Name} in the config) not found; the header has: {string.Join(", ", header)}", ExitCodes.Failed, fileName);
            else if (col.Required)
                throw new KamException($"missing required column \"{col.Name}\"; the header has: {string.Join(", ", header.Select(h => h.Trim()))}", ExitCodes.Failed, fileName);
        }
        return index;
    }

    private (ITableReader? Reader, string Path) Open(FileSpec spec)
    {
        if (_config.Files.TryGetValue(spec.Role, out var configured))
        {
            var p = Path.Combine(_dataDir, configured);
            if (!SafePath.IsInside(p, _dataDir))
                throw new KamException($"file \"{configured}\" named for {spec.Role} in the config lies outside the data folder {_dataDir}; only files inside it are read", ExitCodes.Usage);
            if (!File.Exists(p)) throw new KamException($"file \"{configured}\" named for {spec.Role} in the config not found in {_dataDir}", ExitCodes.Failed);
            return p.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? (SheetReader(p, spec, required: true), p) : (Csv(p), p);
        }
        var csv = Directory.EnumerateFiles(_dataDir).FirstOrDefault(f => string.Equals(Path.GetFileName(f), spec.Role + ".csv", StringComparison.OrdinalIgnoreCase));
        var book = FindWorkbook();
        if (csv is not null)
        {
            if (!SafePath.IsInside(csv, _dataDir))
                throw new KamException("is a link to a file outside the data folder; only files inside it are read", ExitCodes.Usage, Path.GetFileName(csv));
            // One source per role: a role in both a CSV file and a sheet of the workbook is ambiguous.
            if (book is not null && SheetReader(book, spec, required: false) is { } sheet)
            {
                sheet.Dispose();
                throw new KamException($"{spec.Role} is both {Path.GetFileName(csv)} and a sheet of {Path.GetFileName(book)}: remove one, or name the file in kam.json \"files\"", ExitCodes.Usage);
            }
            return (Csv(csv), csv);
        }
        if (book is not null)
        {
            var r = SheetReader(book, spec, spec.Required);
            if (r is not null) return (r, book);
        }
        if (spec.Required)
            throw new KamException($"required file missing: {spec.Role}.csv (or a sheet \"{spec.Role}\" in data.xlsx) in {_dataDir}", ExitCodes.Failed);
        return (null, "");
    }

    private CsvTableReader Csv(string path)
    {
        // A FIFO, a device or an empty file has no length: never opened (it could block or never end).
        if (!SafePath.HasContent(path)) throw new KamException("is empty (or not a regular file): it needs at least a header row", ExitCodes.Failed, Path.GetFileName(path));
        return new CsvTableReader(path, _config.GetEncoding());
    }

    private string? FindWorkbook()
    {
        var named = Path.Combine(_dataDir, "data.xlsx");
        if (File.Exists(named)) return named;
        var books = Directory.EnumerateFiles(_dataDir, "*.xlsx").Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal)).ToArray();
        return books.Length == 1 ? books[0] : null;
    }

    private XlsxTableReader? SheetReader(string path, FileSpec spec, bool required)
    {
        if (_workbook is null || _workbookPath != path)
        {
            _workbook?.Dispose();
            _workbook = null;
            var name = Path.GetFileName(path);
            if (!SafePath.IsInside(path, _dataDir)) throw new KamException("is a link to a file outside the data folder; only files inside it are read", ExitCodes.Usage, name);
            if (!SafePath.HasContent(path)) throw new KamException("is empty (or not a regular file)", ExitCodes.Failed, name);
            var head = new byte[8];
            using (var fs = File.OpenRead(path)) _ = fs.Read(head);
            // An encrypted (password-protected) xlsx, like an old .xls, is an OLE compound file, not a zip.
            if (head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0)
                throw new KamException("is password-protected or an old .xls workbook: save it as .xlsx without a password", ExitCodes.Failed, name);
            try
            {
                _workbook = new XLWorkbook(path);
            }
            catch (Exception e) when (e is not KamException)
            {
                throw new KamException($"cannot be read as an xlsx workbook ({e.Message.Split('\n')[0]})", ExitCodes.Failed, name);
            }
            _workbookPath = path;
        }
        var sheet = _workbook.Worksheets.FirstOrDefault(s => DataContract.NormalizeHeader(s.Name) == DataContract.NormalizeHeader(spec.Role));
        if (sheet is null)
        {
            if (required) throw new KamException($"has no sheet \"{spec.Role}\"", ExitCodes.Failed, Path.GetFileName(path));
            return null;
        }
        return new XlsxTableReader(sheet, Path.GetFileName(path));
    }

    private static string Hash(string path)
    {
        using var fs = File.OpenRead(SafePath.Real(path));
        return Convert.ToHexStringLower(SHA256.HashData(fs));
    }
}
