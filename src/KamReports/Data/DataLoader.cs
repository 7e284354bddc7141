using System.Globalization;
using System.Net.Mail;
using KamReports.Config;
using KamReports.Records;

namespace KamReports.Data;

// This file builds the records; .Tables reads and checks the rows of one table; .Sources finds the file or sheet of a role.

/// <summary>
/// Load stage: finds each contract file in a data folder (CSV, or a sheet of <c>data.xlsx</c>),
/// maps headers, parses and validates every row. Knows nothing of KPIs.
/// </summary>
public sealed partial class DataLoader
{
    private readonly string _dataDir;
    private readonly KamConfig _config;
    private readonly List<ValidationProblem> _problems = [];
    private readonly List<InputFile> _files = [];
    private readonly HashSet<string> _accountIds = new(StringComparer.Ordinal);
    private XlsxWorkbook? _workbook;
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

    /// <summary>
    /// Loads and validates the data folder. Missing folder, file or required column throws <see cref="KamException"/>.
    /// </summary>
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
        var (revenue, reducedRevenue) = ReadRevenue();
        var satisfaction = Read(DataContract.Satisfaction, p => new SurveyResponse(
            p.Pooled("account_id")!, p.Date("date") ?? default, p.Text("respondent"),
            p.Integer("nps"), p.Number("csat"), p.Number("relationship_strength"), p.Text("comment")))!;
        var complaints = Read(DataContract.Complaints, p =>
        {
            var c = new Complaint(
                p.Text("complaint_id")!, p.Text("account_id")!, p.Date("opened") ?? default, p.Date("closed"),
                p.Choice<Severity>("severity"), p.Text("category"), p.Text("description"));
            if (c.Closed is { } closed && closed < c.Opened) p.Fail("closed", "closed before it was opened");
            return c;
        });
        var targets = Read(DataContract.Targets, p => new Target(
            p.Text("account_id")!, p.Period("period")!, p.Text("product_line"), p.Decimal("target") ?? 0));
        var offers = Read(DataContract.Offers, p => new Offer(
            p.Text("offer_id")!, p.Text("account_id")!, p.Date("date") ?? default, p.Text("product_line"), p.Decimal("value"),
            p.Choice<OfferStatus>("status") ?? OfferStatus.Open)
        {
            Name = p.Text("name"),
            Type = p.Choice<OfferType>("type"),
            Source = p.Choice<OfferSource>("source"),
            Probability = p.Number("probability"),
            ExpectedClose = p.Date("expected_close"),
        });
        var wallet = Read(DataContract.Wallet, p => new WalletEstimate(
            p.Text("account_id")!, p.Integer("year") ?? 0, p.Decimal("estimated_spend") ?? 0));
        var contacts = ReadPlan(DataContract.Contacts, p => new Contact(
            p.Text("account_id")!, p.Text("name")!, p.Text("title"), p.Choice<ContactRole>("role"),
            p.Choice<Influence>("influence"), p.Choice<Stance>("stance"), p.Text("owner"), p.Date("last_contact")), c => c.AccountId);
        var team = Read(DataContract.Team, p => new TeamMember(
            p.Text("account_id")!, p.Text("member")!, p.Text("role"), p.Text("responsibilities")));
        var actions = ReadPlan(DataContract.Actions, p => new ActionItem(
            p.Text("account_id")!, p.Text("objective"), p.Text("action")!, p.Text("owner"), p.Date("due"),
            p.Choice<ActionStatus>("status") ?? ActionStatus.Planned, p.Date("completed")), a => a.AccountId);
        var competitors = Read(DataContract.Competitors, p => new CompetitorPosition(
            p.Text("account_id")!, p.Text("competitor")!, p.Number("estimated_share"), p.Text("notes")));

        var objectives = ReadPlan(DataContract.Objectives, p => new Objective(
            p.Text("account_id")!, p.Text("objective_id")!, p.Text("objective")!, p.ChoiceText("kpi"),
            p.Decimal("baseline"), p.Decimal("target"), p.Date("start"), p.Date("due"), p.Text("owner"),
            p.Choice<ObjectiveStatus>("status")), o => o.AccountId);
        var notes = ReadPlan(DataContract.PlanNotes, p => new PlanNote(
            p.Text("account_id")!, p.Choice<PlanSection>("section") ?? PlanSection.Summary, p.Text("text")!), n => n.AccountId);
        var values = ReadPlan(DataContract.ValuePropositions, p => new ValueProposition(
            p.Text("account_id")!, p.Text("value_element")!, p.Text("customer_benefit"), p.Decimal("quantified_value"),
            p.Text("evidence"), p.Number("importance"), p.Number("our_rating"), p.Text("competitor"), p.Number("competitor_rating")),
            v => v.AccountId);
        var partners = ReadPlan(DataContract.Partners, p => new Partner(
            p.Text("account_id")!, p.Text("partner")!, p.Choice<PartnerRole>("role"), p.Number("share")), p => p.AccountId);

        var asks = ReadPlan(DataContract.Asks, BuildAsk, a => a.AccountId);
        var programme = ReadPlan(DataContract.Programme, BuildProgrammeRow, r => r.AccountId);
        var people = Read(DataContract.People, BuildPerson) is { } read ? PeopleOfAccounts(read, accounts) : null;

        return new DataSet(accounts, revenue, satisfaction, complaints, targets, offers, wallet, contacts, team, actions, competitors,
            _hasCostToServe, _files, _problems)
        {
            ReducedRevenue = reducedRevenue, Warnings = _warnings, Asks = asks, Programme = programme, People = people,
            Objectives = objectives, PlanNotes = notes, ValuePropositions = values, Partners = partners };
    }

    // A form may cover an account its manager does not own (a colleague's cover): read, but said.
    private void CheckFormOwners(IReadOnlyList<Account> accounts)
    {
        var byId = accounts.ToDictionary(a => a.AccountId, StringComparer.Ordinal);
        _warnings.AddRange(_forms.Warnings);
        foreach (var form in _forms.Forms)
        {
            // A form that does not say whose it is still replaces rows: the run names every account it replaces.
            var covered = form.Accounts.Where(byId.ContainsKey).ToArray();
            if (form.Manager is null && covered.Length > 0)
            {
                _warnings.Add($"{form.Name} does not say whose form it is (no {PlanForm.ManagerProperty} property: not written by kam forms?); "
                    + $"its rows replace the plan rows of {string.Join(", ", covered.Select(id => $"{id} ({byId[id].Name})"))}");
            }
            foreach (var id in form.Accounts)
            {
                if (!byId.TryGetValue(id, out var a))
                {
                    _warnings.Add($"{form.Name} covers account {id}, which is not in accounts: its rows are rejected");
                }
                else if (form.Manager is { } m
                    && !string.Equals(PeopleNames.Key(m), PeopleNames.Key(a.KeyAccountManager ?? ""), StringComparison.Ordinal))
                {
                    _warnings.Add($"{form.Name} is {m}'s form but covers {id} ({a.Name}), "
                        + $"whose key account manager is {a.KeyAccountManager ?? "not set"}: its rows are read all the same");
                }
            }
        }
    }

    // An ask (data-contract.md, asks). Beyond its cells: decided and needed_by not before raised; a decided ask (any status but
    // open) says when, an open one has no decision date. Each costs the row, reported on the cell to fix.
    private static Ask BuildAsk(RowParser p)
    {
        var raised = p.Date("raised");
        var neededBy = p.Date("needed_by");
        // Status and decided are compared only when both read (a bad value is reported once, on its own cell).
        var status = p.Choice<AskStatus>("status");
        var decided = p.Date("decided");
        var askedOf = p.Text("asked_of");
        // "Leadership" in any case addresses the leadership team, not a person of that name.
        if (askedOf is not null && askedOf.Equals(Ask.Leadership, StringComparison.OrdinalIgnoreCase)) askedOf = Ask.Leadership;
        if (raised is { } r && neededBy is { } n && n < r) p.Fail("needed_by", $"needed before it was raised ({r:yyyy-MM-dd})");
        if (raised is { } r2 && decided is { } d && d < r2) p.Fail("decided", $"decided before it was raised ({r2:yyyy-MM-dd})");
        if (!p.Failed("status") && !p.Failed("decided"))
        {
            if (status is { } closed && closed != AskStatus.Open && decided is null)
            {
                p.Fail("decided", $"required when the status is {closed.ToString().ToLowerInvariant()}: the day the ask left open");
            }
            else if (status is null or AskStatus.Open && decided is not null)
            {
                p.Fail("decided", "an open ask has no decision date: set the status it was decided with, or clear decided");
            }
        }
        return new Ask(p.Text("ask_id")!, p.Text("account_id")!, p.Text("ask")!, raised ?? default, askedOf, neededBy,
            p.Decimal("value_at_stake"), status ?? AskStatus.Open, decided, p.Text("outcome"), p.Text("owner"));
    }

    // A tactic of the key account programme (data-contract.md, programme); empty status = missing. Beyond its cells: a tactic in
    // place since a day after the run contradicts itself (it is planned until then), reported on since. One row per account and
    // tactic is the file's unique key (DataLoader.Tables, tactic compared in the contract's spelling).
    private ProgrammeRow BuildProgrammeRow(RowParser p)
    {
        var tactic = p.Choice<Tactic>("tactic");
        var status = p.Choice<TacticStatus>("status") ?? TacticStatus.Missing;
        var since = p.Date("since");
        if (!p.Failed("status") && status == TacticStatus.InPlace && since is { } s && s > _today)
            p.Fail("since", $"in place since a day after today ({_today:yyyy-MM-dd}): status planned until then");
        return new ProgrammeRow(p.Text("account_id")!, tactic ?? default, status, since, p.Text("evidence"), p.Text("owner"));
    }

    // A person of the address book (data-contract.md, people). Beyond its cells: one plain e-mail address, a known culture name
    // (written as .NET writes it: de-de is de-DE). Whether the templates have a string table for the culture is the sender's
    // check: the loader does not know the template folder (--templates). A name repeated (as sponsors are compared) is the file's
    // unique key (DataLoader.Tables).
    private static Person BuildPerson(RowParser p)
    {
        var email = p.Text("email");
        if (email is not null && EmailProblem(email) is { } reason) p.Fail("email", reason);
        var culture = p.Text("culture");
        if (culture is not null)
        {
            try
            {
                culture = CultureInfo.GetCultureInfo(culture, predefinedOnly: true).Name;
                if (culture.Length == 0) p.Fail("culture", "the invariant culture is no language: use a name such as en, de-DE, zh-CN");
            }
            catch (CultureNotFoundException)
            {
                p.Fail("culture", "unknown culture (use a name such as en, de-DE, zh-CN)");
            }
        }
        return new Person(p.Text("name")!, email ?? "", culture, p.Choice<PersonRole>("role"), p.ChoiceText("delivery") == "link");
    }

    /// <summary>
    /// Why <paramref name="email"/> is not one plain address (null: it is): exactly one @, something before it, a domain with a dot
    /// and no empty part after it, no spaces or control characters, no display name ("Anna Berg &lt;anna@example.com&gt;") and no
    /// list of addresses.
    /// </summary>
    internal static string? EmailProblem(string email)
    {
        if (email.Contains('<') || email.Contains('>'))
            return "not a plain e-mail address: write the address alone (anna.berg@example.com), without a name or <>";
        if (email.Contains(',') || email.Contains(';')) return "one e-mail address per person, not a list";
        if (email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            return "not an e-mail address: it contains a space or control character";
        var at = email.IndexOf('@');
        if (at < 0) return "not an e-mail address: no @";
        if (email.IndexOf('@', at + 1) >= 0) return "not an e-mail address: more than one @";
        if (at == 0) return "not an e-mail address: nothing before the @";
        var domain = email[(at + 1)..];
        if (!domain.Contains('.') || domain.Split('.').Any(part => part.Length == 0))
            return "not an e-mail address: the domain after the @ needs a dot between names (example.com)";
        // The rest as the mail classes read it: what they would not send to is no address either.
        return MailAddress.TryCreate(email, out var parsed) && parsed.Address == email && parsed.DisplayName.Length == 0
            ? null
            : "not an e-mail address";
    }

    // The people read, in the accounts' spelling of each sponsor and key account manager (sponsors' first, then managers'), with a
    // warning for a name taken in another spelling, one for a name the accounts do not have (unless its role is leadership), and
    // one for every sponsor or key account manager without a row: kam send has no address for them.
    private List<Person> PeopleOfAccounts(List<Person> people, IReadOnlyList<Account> accounts)
    {
        var file = _files[^1].Path;
        var spelling = new Dictionary<string, string>(StringComparer.Ordinal);
        var roles = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string? name, string role)
        {
            if (name is null) return;
            var key = PeopleNames.Key(name);
            spelling.TryAdd(key, name);
            var list = roles.TryGetValue(key, out var l) ? l : roles[key] = [];
            if (!list.Contains(role)) list.Add(role);
        }
        foreach (var a in accounts) Add(a.ExecutiveSponsor, "sponsor");
        foreach (var a in accounts) Add(a.KeyAccountManager, "key account manager");

        var respelled = new List<string>();
        var unknown = new List<string>();
        var unified = new List<Person>(people.Count);
        foreach (var person in people)
        {
            var key = PeopleNames.Key(person.Name);
            if (spelling.TryGetValue(key, out var name))
            {
                if (name != person.Name) respelled.Add($"\"{person.Name}\" taken as \"{name}\"");
                unified.Add(person with { Name = name });
            }
            else
            {
                if (person.Role != PersonRole.Leadership) unknown.Add(person.Name);
                unified.Add(person);
            }
        }
        if (respelled.Count > 0)
            _warnings.Add($"{file}: {string.Join(", ", respelled)} (the accounts' spelling; same name but for case, spacing or accents)");
        if (unknown.Count > 0)
        {
            _warnings.Add($"{file}: {string.Join(", ", unknown)} {(unknown.Count == 1 ? "is" : "are")} no executive_sponsor or "
                + "key_account_manager of the accounts (and not role leadership): kam send has nothing for them");
        }
        var listed = unified.Select(p => PeopleNames.Key(p.Name)).ToHashSet(StringComparer.Ordinal);
        var missing = roles.Where(r => !listed.Contains(r.Key)).Select(r => $"{spelling[r.Key]} ({string.Join(", ", r.Value)})").ToArray();
        if (missing.Length > 0)
            _warnings.Add($"people: no address for {string.Join(", ", missing)}: they will get nothing from kam send");
        return unified;
    }

    private Account BuildAccount(RowParser p, IReadOnlyDictionary<string, string> extra) => new(
        p.Text("account_id")!, p.Text("name")!, p.Text("industry"), p.Text("region"), p.Text("country"), p.Text("customer_type"),
        p.Text("key_account_manager"), p.Text("executive_sponsor"), p.Date("customer_since"), p.Bool("is_key_account"),
        p.Number("growth_potential"), p.Text("buying_channel"), extra);
}
