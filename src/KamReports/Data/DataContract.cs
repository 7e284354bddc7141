using KamReports.Compute;


namespace KamReports.Data;

/// <summary>The input data contract (data-contract.md): every file and column, defined once.</summary>
public static class DataContract
{
    private static ColumnSpec T(string n, bool req = false, string notes = "") => new(n, ColumnType.Text, req, Notes: notes);
    private static ColumnSpec D(string n, bool req = false, string notes = "") => new(n, ColumnType.Date, req, Notes: notes);
    private static ColumnSpec E(string n, bool req = false, string notes = "") => new(n, ColumnType.Date, req, Notes: notes, Event: true);
    private static ColumnSpec M(string n, bool req = false, double? min = null, double? max = null, string notes = "") =>
        new(n, ColumnType.Decimal, req, min, max, Notes: notes);
    private static ColumnSpec C(string n, bool req, string notes, params string[] choices) =>
        new(n, ColumnType.Choice, req, Choices: choices, Notes: notes);

    public static readonly FileSpec Accounts = new("accounts", true,
    [
        T("account_id", true, "unique"), T("name", true), T("industry"), T("region"), T("country"), T("customer_type"),
        T("key_account_manager"), T("executive_sponsor", notes: "review packs are grouped by sponsor"), D("customer_since"),
        new("is_key_account", ColumnType.Bool, Notes: "true/false/yes/no/1/0; empty = ABC rule"),
        new("growth_potential", ColumnType.Number, Min: 1, Max: 5), T("buying_channel"),
    ], ["account_id"]);

    public static readonly FileSpec Revenue = new("revenue", true,
    [
        T("account_id", true), E("date", true), T("product_line", true), M("amount", true, notes: "negative = return"),
        T("order_id"), M("cost_to_serve"),
    ], []);

    public static readonly FileSpec Satisfaction = new("satisfaction", true,
    [
        T("account_id", true), E("date", true), T("respondent"), new("nps", ColumnType.Integer, Min: 0, Max: 10),
        new("csat", ColumnType.Number, Min: 1, Max: 5), new("relationship_strength", ColumnType.Number, Min: 1, Max: 5), T("comment"),
    ], []);

    public static readonly FileSpec Complaints = new("complaints", false,
    [
        T("complaint_id", true), T("account_id", true), E("opened", true), D("closed", notes: "empty = open"),
        C("severity", false, "", "low", "medium", "high"), T("category"), T("description"),
    ], ["complaint_id"]);

    public static readonly FileSpec Targets = new("targets", false,
    [
        T("account_id", true), new("period", ColumnType.Period, true), T("product_line", notes: "empty = all"), M("target", true, 0),
    ], []);

    public static readonly FileSpec Offers = new("offers", false,
    [
        T("offer_id", true), T("account_id", true), E("date", true), T("product_line"), M("value"),
        C("status", true, "an open offer is pipeline", "won", "lost", "open"),
        T("name"), C("type", false, "", "cross_sell", "upsell", "renewal", "new_business"),
        C("source", false, "", "proactive", "rfp", "inbound"),
        new("probability", ColumnType.Number, Min: 0, Max: 1, Notes: "chance to win"), D("expected_close"),
    ], ["offer_id"]);

    public static readonly FileSpec Wallet = new("wallet", false,
    [
        T("account_id", true), new("year", ColumnType.Integer, true, 1900, 2200), M("estimated_spend", true, 0),
    ], ["account_id", "year"]);

    public static readonly FileSpec Contacts = new("contacts", false,
    [
        T("account_id", true), T("name", true), T("title"),
        C("role", false, "", "decision_maker", "influencer", "user", "gatekeeper", "sponsor"),
        C("influence", false, "", "high", "medium", "low"),
        C("stance", false, "", "champion", "supporter", "neutral", "detractor"),
        T("owner"), E("last_contact"),
    ], []);

    public static readonly FileSpec Team = new("team", false,
    [
        T("account_id", true), T("member", true), T("role"), T("responsibilities"),
    ], []);

    public static readonly FileSpec Actions = new("actions", false,
    [
        T("account_id", true), T("objective"), T("action", true), T("owner"), D("due"),
        C("status", true, "", "planned", "in_progress", "done", "cancelled"), E("completed"),
    ], []);

    public static readonly FileSpec Competitors = new("competitors", false,
    [
        T("account_id", true), T("competitor", true), M("estimated_share", false, 0, 1), T("notes"),
    ], []);

    /// <summary>The KPI keys an objective may be measured by: every numeric kpis.md key.</summary>
    public static readonly IReadOnlyList<string> ObjectiveKpis = KpiCatalog.All
        .Where(k => k.Unit != KpiUnit.Text)
        .Select(k => k.Key)
        .ToArray();

    public static readonly FileSpec Objectives = new("objectives", false,
    [
        T("account_id", true), T("objective_id", true, "unique per account; actions.objective may name it"), T("objective", true),
        new("kpi", ColumnType.Choice, Choices: ObjectiveKpis, Notes: "a kpis.md key, measured from the data"),
        M("baseline", notes: "fractions for percent KPIs"), M("target"),
        D("start"), D("due"), T("owner"),
        C("status", false, "empty = derived from progress", "on_track", "at_risk", "off_track", "achieved", "dropped"),
    ], ["account_id", "objective_id"]);

    public static readonly FileSpec PlanNotes = new("plan_notes", false,
    [
        T("account_id", true),
        C("section", true, "",
            "summary", "wins", "risks", "asks", "customer_goals", "customer_perception", "relationship_goal", "investment",
            "strengths", "weaknesses", "opportunities", "threats", "support_program", "history"),
        T("text", true, "plain text, printed as written, line breaks kept"),
    ], []);

    public static readonly FileSpec ValuePropositions = new("value_propositions", false,
    [
        T("account_id", true), T("value_element", true), T("customer_benefit"),
        M("quantified_value", notes: "yearly value to the customer", min: 0), T("evidence"),
        new("importance", ColumnType.Number, Min: 1, Max: 5, Notes: "how much the customer cares"),
        new("our_rating", ColumnType.Number, Min: 1, Max: 5),
        T("competitor"), new("competitor_rating", ColumnType.Number, Min: 1, Max: 5),
    ], []);

    public static readonly FileSpec Partners = new("partners", false,
    [
        T("account_id", true), T("partner", true), C("role", false, "", "distributor", "integrator", "reseller", "service", "other"),
        new("share", ColumnType.Number, Min: 0, Max: 1, Notes: "part of our revenue with the account through this partner"),
    ], ["account_id", "partner"]);

    /// <summary>
    /// What the team asks of its sponsor, tracked by id from review to review. Checked beyond the columns (DataLoader): decided not
    /// before raised, needed_by not before raised, a status other than open needs decided, an open ask has none.
    /// </summary>
    public static readonly FileSpec Asks = new("asks", false,
    [
        T("ask_id", true, "unique; the same id every quarter"), T("account_id", true),
        T("ask", true, "what is asked, worded for the sponsor"), E("raised", true, "when the team first asked"),
        T("asked_of", notes: "a person, or leadership; empty = the account's executive_sponsor"),
        D("needed_by", notes: "not before raised"), M("value_at_stake", min: 0, notes: "revenue or value the ask protects or wins; not negative"),
        C("status", false, "empty = open", "open", "agreed", "done", "declined", "withdrawn"),
        E("decided", notes: "when the status left open: required unless open, empty while open, not before raised"),
        T("outcome", notes: "what was decided or done"), T("owner", notes: "who follows up; empty = the key account manager"),
    ], ["ask_id"]);

    /// <summary>The tactics of the key account programme, in the contract's order and spelling (data-contract.md, programme).</summary>
    public static readonly IReadOnlyList<string> Tactics =
    [
        "single_point_of_contact", "pricing", "ordering", "customisation", "sales_units", "joint_teams", "integrated_supply",
    ];

    /// <summary>
    /// The key account programme: one row per account and tactic (the exit barriers). Checked beyond the columns (DataLoader): a
    /// tactic in place since a day after the run is a contradiction (planned until then).
    /// </summary>
    public static readonly FileSpec Programme = new("programme", false,
    [
        T("account_id", true), new("tactic", ColumnType.Choice, true, Choices: Tactics, Notes: "one row per account and tactic"),
        C("status", false, "empty = missing", "in_place", "planned", "missing", "not_applicable"),
        D("since", notes: "when it was put in place (or is planned for); in place: not after today"),
        T("evidence", notes: "contract, system, team that shows it"), T("owner"),
    ], ["account_id", "tactic"]);

    /// <summary>
    /// The address book for <c>kam send</c>: one row per sponsor, key account manager or leadership. Checked beyond the columns
    /// (DataLoader): email one plain address, culture a known culture name; a name is unique as sponsors' names are compared (case,
    /// spacing and accents aside) and taken in the accounts' spelling.
    /// </summary>
    public static readonly FileSpec People = new("people", false,
    [
        new("name", ColumnType.Text, true, Notes: "as spelled in accounts (case, spacing and accents are unified as for sponsors)",
            PersonName: true),
        T("email", true, "one plain address (name@example.com), no display name"),
        T("culture", notes: "the language of this person's documents (de-DE, zh-CN); empty = the run's culture"),
        C("role", false, "empty = derived from accounts", "sponsor", "kam", "leadership"),
        C("delivery", false, "empty = attach (a link when the attachment is over the size limit)", "attach", "link"),
    ], ["name"]);

    /// <summary>All files, in load order (accounts first: the others reference it).</summary>
    public static readonly IReadOnlyList<FileSpec> All =
    [
        Accounts, Revenue, Satisfaction, Complaints, Targets, Offers, Wallet, Contacts, Team, Actions, Competitors,
        Objectives, PlanNotes, ValuePropositions, Partners,
        Asks, Programme, People,
    ];

    public static readonly IReadOnlyList<string> RoleNames = All.Select(f => f.Role).ToArray();

    public static FileSpec? Find(string role) => All.FirstOrDefault(f => NormalizeHeader(f.Role) == NormalizeHeader(role));

    /// <summary>Header matching: case-insensitive, ignoring <c>_</c>, <c>-</c> and every kind of space.</summary>
    public static string NormalizeHeader(string header)
    {
        Span<char> buf = stackalloc char[Math.Min(header.Length, 256)];
        var n = 0;
        foreach (var ch in header.AsSpan(0, Math.Min(header.Length, 256)))
        {
            // Every kind of space (no-break, thin, ideographic, zero-width) counts as none: "Region\u00A0x" is "region x".
            if (ch is '_' or '-' or '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060' || char.IsWhiteSpace(ch)) continue;
            buf[n++] = char.ToLowerInvariant(ch);
        }
        return new string(buf[..n]);
    }
}
