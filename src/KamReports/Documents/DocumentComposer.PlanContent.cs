using System.Globalization;
using KamReports.Charts;
using KamReports.Compute;
using KamReports.Records;

namespace KamReports.Documents;

// The plan the account team writes: notes, objectives, value proposition, pipeline, partners, power map, asks.
public sealed partial class DocumentComposer
{
    private static readonly string[] Influences = ["high", "medium", "low"];
    private static readonly string[] Stances = ["champion", "supporter", "neutral", "detractor"];

    /// <summary>Days a sponsor's "next step" is given to happen from the day the pack is made.</summary>
    public const int AskDays = 30;

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Notes(AccountResult a) =>
        Enum.GetValues<PlanSection>().ToDictionary(s => Codes.Of(s), s => (IReadOnlyList<string>)a.Notes.Where(n => n.Section == s).Select(n => n.Text).ToArray(), StringComparer.Ordinal);

    // Page 1 has room for the start of the KAM's summary and three short asks; the summary section has them all.
    private static (string? Summary, IReadOnlyList<string> Asks, bool More) CoverWords(AccountResult a)
    {
        var summary = a.Notes.Where(n => n.Section == PlanSection.Summary).Select(n => n.Text).ToArray();
        var asks = a.Notes.Where(n => n.Section == PlanSection.Asks).Select(n => n.Text).ToArray();
        var text = summary.Length == 0 ? null : Cut(summary[0], 500);
        var shownAsks = asks.Take(3).Select(x => Cut(x, 220)).ToArray();
        var more = summary.Length > 1 || (text is not null && text != summary[0]) || asks.Length > 3 || shownAsks.Where((x, i) => x != asks[i]).Any();
        return (text, shownAsks, more);
    }

    /// <summary>Cuts a text at the last sentence end (or word) before <paramref name="max"/> characters, with an ellipsis.</summary>
    internal static string Cut(string text, int max)
    {
        if (text.Length <= max) return text;
        var head = text[..max];
        var sentence = head.LastIndexOfAny(['.', '!', '?', '。']);
        if (sentence > max / 2) return head[..(sentence + 1)] + " …";
        var word = head.LastIndexOf(' ');
        return (word > max / 2 ? head[..word] : head).TrimEnd(',', ';', ':', ' ') + " …";
    }

    private IReadOnlyList<CoverageRow> Coverage(AccountResult a)
    {
        var v = _p.Availability;
        return
        [
            new("complaints", v.Complaints, a.Complaints.Count), new("targets", v.Targets, a.Quarters.Count(q => q.Target is not null)),
            new("offers", v.Offers, a.QuarterOffers.Count + a.OpenOffers.Count), new("wallet", v.Wallet, a.Kpis.Wallet is null ? 0 : 1),
            new("contacts", v.Contacts, a.Contacts.Count), new("team", v.Team, a.Team.Count), new("actions", v.Actions, a.Actions.Count),
            new("competitors", v.Competitors, a.Competitors.Count), new("objectives", v.Objectives, a.Objectives.Count), new("plan_notes", v.PlanNotes, a.Notes.Count),
            new("value_propositions", v.ValuePropositions, a.ValuePropositions.Count), new("partners", v.Partners, a.Partners.Count),
        ];
    }

    private ContactView[] Contacts(AccountResult a)
    {
        var end = _p.Period.End;
        return a.Contacts.Select(c => new ContactView(c.Name, c.Title, Codes.Of(c.Role), Codes.Of(c.Influence), Codes.Of(c.Stance), c.Owner, c.LastContact,
            c.LastContact is { } lc && lc > end.AddDays(-90) && lc <= end)
        { DaysSinceContact = c.LastContact is { } d && d <= end ? end.DayNumber - d.DayNumber : null }).ToArray();
    }

    private static IReadOnlyList<PowerMapCell> PowerMap(IReadOnlyList<ContactView> contacts) =>
        Influences.SelectMany(i => Stances.Select(s => new PowerMapCell(i, s, contacts.Where(c => c.Influence == i && c.Stance == s).ToArray()))).ToArray();

    private ObjectiveView Objective(ObjectiveResult o)
    {
        var def = o.Objective.Kpi is { } k && KpiCatalog.Contains(k) ? KpiCatalog.Get(k) : null;
        // Baseline and target are written in the KPI's own terms (fractions for percent KPIs, amounts for money).
        object? Typed(decimal? v) => v is not { } x ? null : def?.Unit == KpiUnit.Money ? x : (double)x;
        return new ObjectiveView(o.Objective.ObjectiveId, o.Objective.Text, def?.Key, def is null ? null : _kpis.Title(def.Key), def is null ? "text" : Codes.Of(def.Unit),
            Typed(o.Objective.Baseline), Typed(o.Objective.Target), o.Current.Boxed, o.Progress, o.Expected, Codes.Of(o.Status), o.StatusDerived,
            o.Objective.Start, o.Objective.Due, o.Objective.Owner, o.Actions.Select(Action).ToArray());
    }

    private static ValueElementView[] ValueElements(AccountResult a) => a.ValuePropositions.Select((v, i) => new ValueElementView(i + 1, v.ValueElement, v.CustomerBenefit,
        v.QuantifiedValue, v.Evidence, v.Importance, v.OurRating, v.Competitor, v.CompetitorRating,
        v.OurRating is { } ours && v.CompetitorRating is { } theirs ? ours - theirs : null)).ToArray();

    private RawHtml? ValueMapChart(IReadOnlyList<ValueElementView> values)
    {
        var points = values.Where(v => v.Advantage is not null).Select(v => new ChartPoint(v.Number.ToString(CultureInfo.InvariantCulture), v.Advantage!.Value, v.Importance ?? 3,
            (double)(v.QuantifiedValue ?? 0) + 1, "")).ToArray();
        return points.Length == 0 ? null : RawChart(ChartFactory.ValueMap(points, T("chart.advantage", "Our rating minus the competitor's"), T("chart.importance", "Importance to the customer (1-5)")));
    }

    private OfferView[] Pipeline(AccountResult a)
    {
        var whiteSpace = a.ProductLines.Where(l => l.Status == ProductLineStatus.NotBought).Select(l => l.Name).ToHashSet(StringComparer.Ordinal);
        return a.OpenOffers.Select(o => new OfferView(o.OfferId, o.Name, o.ProductLine, Codes.Of(o.Type), Codes.Of(o.Source), o.Probability, o.ExpectedClose, o.Value,
            o.Value is { } v && o.Probability is { } p ? Math.Round(v * (decimal)p, 2) : null, o.ProductLine is { } l && whiteSpace.Contains(l))).ToArray();
    }

    // Next quarter's dates: offers and renewals expected to close, objectives due.
    private IReadOnlyList<ComingUpRow> ComingUp(ScopeFigures scope)
    {
        var next = _p.Period.Plus(1);
        bool InNext(DateOnly? d) => d is { } x && x >= next.Start && x <= next.End;
        return scope.Accounts.SelectMany(a => a.OpenOffers.Where(o => InNext(o.ExpectedClose))
                .Select(o => new ComingUpRow(o.ExpectedClose!.Value, o.Type == OfferType.Renewal ? "renewal" : "offer", a.Account.AccountId, a.Account.Name, o.Name ?? o.OfferId, o.Value, o.Probability))
                .Concat(a.Objectives.Where(o => o.Status is not (ObjectiveStatus.Dropped or ObjectiveStatus.Achieved) && InNext(o.Objective.Due))
                    .Select(o => new ComingUpRow(o.Objective.Due!.Value, "objective", a.Account.AccountId, a.Account.Name, o.Objective.Text, null, null))))
            .OrderBy(r => r.Date).ThenBy(r => r.AccountId, StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// "What I need from you" of a sponsor pack: the asks the account teams wrote, then the generated
    /// interventions (red health, a detractor decision maker, an executive contact older than 90 days, revenue at
    /// stake), accounts by revenue at stake.
    /// </summary>
    private IReadOnlyList<SponsorAsk> Asks(ScopeFigures scope)
    {
        var by = _generatedOn.AddDays(AskDays);
        var end = _p.Period.End;
        var list = new List<SponsorAsk>();
        foreach (var a in scope.Accounts)
        {
            var id = a.Account.AccountId;
            var name = a.Account.Name;
            var kam = a.Account.KeyAccountManager;
            foreach (var n in a.Notes.Where(n => n.Section == PlanSection.Asks)) list.Add(new SponsorAsk("ask", id, name, kam, n.Text, by));
            if (!a.IsKeyAccount) continue;
            if (a.Kpis.HealthLight == HealthLight.Red)
                list.Add(new SponsorAsk("red_health", id, name, kam, string.Format(_f.Culture, T("ask.red_health", "{0}"), _f.Number(a.Kpis.HealthScore)), by));
            foreach (var c in a.Contacts.Where(c => c.Role == ContactRole.DecisionMaker && c.Stance == Stance.Detractor))
                list.Add(new SponsorAsk("detractor", id, name, c.Owner ?? kam, string.Format(_f.Culture, T("ask.detractor", "{0} {1}"), c.Name, c.Title ?? ""), by));
            foreach (var c in a.Contacts.Where(c => c.Role is ContactRole.DecisionMaker or ContactRole.Sponsor && c.Stance != Stance.Detractor
                         && (c.LastContact is null || c.LastContact < end.AddDays(-89))))
                list.Add(new SponsorAsk("executive_contact", id, name, c.Owner ?? kam, c.LastContact is { } lc
                    ? string.Format(_f.Culture, T("ask.executive_contact", "{0} {1} {2}"), c.Name, c.Title ?? "", end.DayNumber - lc.DayNumber)
                    : string.Format(_f.Culture, T("ask.executive_never", "{0} {1}"), c.Name, c.Title ?? ""), by));
            if (a.Risks.Any(r => r.Kind is RiskKind.DecliningRevenue or RiskKind.LowAttainment))
                list.Add(new SponsorAsk("revenue_at_stake", id, name, kam, string.Format(_f.Culture, T("ask.revenue_at_stake", "{0} {1}"),
                    _f.Money((double)a.Kpis.RevenueTtm), string.Join("; ", a.Risks.Where(r => r.Kind is RiskKind.DecliningRevenue or RiskKind.LowAttainment).Select(r => Risk(r).Text))), by));
        }
        return list;
    }
}
