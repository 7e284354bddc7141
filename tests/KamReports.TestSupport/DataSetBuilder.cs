using KamReports.Records;

namespace KamReports.TestSupport;

/// <summary>Builds small data sets in code for KPI tests. Optional files stay absent (null) until something is added.</summary>
public sealed class DataSetBuilder
{
    private readonly List<Account> _accounts = [];
    private readonly List<RevenueLine> _revenue = [];
    private readonly List<SurveyResponse> _surveys = [];
    private List<Complaint>? _complaints;
    private List<Target>? _targets;
    private List<Offer>? _offers;
    private List<WalletEstimate>? _wallet;
    private List<Contact>? _contacts;
    private List<TeamMember>? _team;
    private List<ActionItem>? _actions;
    private List<CompetitorPosition>? _competitors;
    private List<Ask>? _asks;
    private List<PlanNote>? _notes;
    private List<ProgrammeRow>? _programme;

    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public DataSetBuilder Account(string id, bool? key = null, string? industry = null, double? potential = null, string? sponsor = null,
        string? region = null, string? name = null)
    {
        _accounts.Add(new Account(id, name ?? "Account " + id, industry, region, null, null, "KAM " + id, sponsor, null, key, potential,
            null, new Dictionary<string, string>()));
        return this;
    }

    public DataSetBuilder Line(string id, string date, string line, decimal amount, string? order = null, decimal? cost = null)
    {
        _revenue.Add(new RevenueLine(id, D(date), line, amount, order, cost));
        return this;
    }

    public DataSetBuilder Survey(string id, string date, int? nps = null, double? csat = null, double? rel = null, string? comment = null)
    {
        _surveys.Add(new SurveyResponse(id, D(date), null, nps, csat, rel, comment));
        return this;
    }

    public DataSetBuilder Complaint(string cid, string id, string opened, string? closed = null, Severity severity = Severity.Medium)
    {
        (_complaints ??= []).Add(new Complaint(cid, id, D(opened), closed is null ? null : D(closed), severity, "Quality", null));
        return this;
    }

    public DataSetBuilder Target(string id, string period, decimal amount, string? line = null)
    {
        (_targets ??= []).Add(new Target(id, KamReports.Data.PeriodParser.TryParseTargetPeriod(period)!, line, amount));
        return this;
    }

    public DataSetBuilder Offer(string oid, string id, string date, OfferStatus status)
    {
        (_offers ??= []).Add(new Offer(oid, id, D(date), null, 1000, status));
        return this;
    }

    public DataSetBuilder Wallet(string id, int year, decimal spend)
    {
        (_wallet ??= []).Add(new WalletEstimate(id, year, spend));
        return this;
    }

    public DataSetBuilder Contact(string id, string name, ContactRole? role, string? last, Stance stance = Stance.Neutral)
    {
        (_contacts ??= []).Add(new Contact(id, name, null, role, Influence.High, stance, null, last is null ? null : D(last)));
        return this;
    }

    public DataSetBuilder Team(string id, string member, string role)
    {
        (_team ??= []).Add(new TeamMember(id, member, role, null));
        return this;
    }

    public DataSetBuilder Action(string id, string action, string? due, ActionStatus status, string? completed = null)
    {
        (_actions ??= []).Add(new ActionItem(id, "Objective", action, "Owner", due is null ? null : D(due), status,
            completed is null ? null : D(completed)));
        return this;
    }

    /// <summary>An ask of the asks file; status open unless given.</summary>
    public DataSetBuilder Ask(string askId, string id, string text, string raised, string? neededBy = null, decimal? value = null,
        AskStatus status = AskStatus.Open, string? decided = null, string? outcome = null, string? askedOf = null, string? owner = null)
    {
        (_asks ??= []).Add(new Ask(askId, id, text, D(raised), askedOf, neededBy is null ? null : D(neededBy), value, status,
            decided is null ? null : D(decided), outcome, owner));
        return this;
    }

    /// <summary>A tactic of the programme file.</summary>
    public DataSetBuilder Tactic(string id, Tactic tactic, TacticStatus status, string? since = null, string? evidence = null)
    {
        (_programme ??= []).Add(new ProgrammeRow(id, tactic, status, since is null ? null : D(since), evidence, null));
        return this;
    }

    /// <summary>The programme file present with no rows.</summary>
    public DataSetBuilder EmptyProgramme()
    {
        _programme ??= [];
        return this;
    }

    /// <summary>A plan note (the older form of an ask is section asks).</summary>
    public DataSetBuilder Note(string id, PlanSection section, string text)
    {
        (_notes ??= []).Add(new PlanNote(id, section, text));
        return this;
    }

    public DataSetBuilder Competitor(string id, string name, double share)
    {
        (_competitors ??= []).Add(new CompetitorPosition(id, name, share, null));
        return this;
    }

    public DataSetBuilder EmptyOptionalFiles()
    {
        _complaints ??= []; _targets ??= []; _offers ??= []; _wallet ??= [];
        _contacts ??= []; _team ??= []; _actions ??= []; _competitors ??= [];
        return this;
    }

    public DataSet Build() => new(_accounts, _revenue, _surveys, _complaints, _targets, _offers, _wallet, _contacts, _team, _actions,
        _competitors, _revenue.Any(r => r.CostToServe is not null), [], []) { Asks = _asks, PlanNotes = _notes, Programme = _programme };
}
