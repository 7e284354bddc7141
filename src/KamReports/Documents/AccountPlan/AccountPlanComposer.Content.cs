using KamReports.Compute;
using KamReports.Records;

namespace KamReports.Documents.AccountPlan;

// The plan the account team writes: notes, objectives, value proposition, pipeline, partners, power map.
public sealed partial class AccountPlanComposer
{
    private static readonly string[] Influences = ["high", "medium", "low"];
    private static readonly string[] Stances = ["champion", "supporter", "neutral", "detractor"];

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Notes(AccountResult a) =>
        Enum.GetValues<PlanSection>().ToDictionary(s => Codes.Of(s),
            s => (IReadOnlyList<string>)a.Notes.Where(n => n.Section == s).Select(n => n.Text).ToArray(), StringComparer.Ordinal);

    // Page 1 has room for the start of the KAM's summary and three short asks; the summary section has them all.
    private static (string? Summary, IReadOnlyList<string> Asks, bool More) CoverWords(AccountResult a)
    {
        var summary = a.Notes.Where(n => n.Section == PlanSection.Summary).Select(n => n.Text).ToArray();
        // The team's open asks (the asks file and plan notes of section asks), overdue first, then by the date they are needed.
        var asks = a.Asks.Where(x => x.Open).OrderByDescending(x => x.Overdue).ThenBy(x => x.Ask.NeededBy ?? DateOnly.MaxValue)
            .Select(x => x.Ask.Text).ToArray();
        var text = summary.Length == 0 ? null : Cut(summary[0], 500);
        var shownAsks = asks.Take(3).Select(x => Cut(x, 220)).ToArray();
        var more = summary.Length > 1 || (text is not null && text != summary[0]) || asks.Length > 3
            || shownAsks.Where((x, i) => x != asks[i]).Any();
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
        var v = P.Availability;
        return
        [
            new("complaints", v.Complaints, a.Complaints.Count), new("targets", v.Targets, a.Quarters.Count(q => q.Target is not null)),
            new("offers", v.Offers, a.QuarterOffers.Count + a.OpenOffers.Count), new("wallet", v.Wallet, a.Kpis.Wallet is null ? 0 : 1),
            new("contacts", v.Contacts, a.Contacts.Count), new("team", v.Team, a.Team.Count), new("actions", v.Actions, a.Actions.Count),
            new("competitors", v.Competitors, a.Competitors.Count), new("objectives", v.Objectives, a.Objectives.Count),
            new("plan_notes", v.PlanNotes, a.Notes.Count), new("value_propositions", v.ValuePropositions, a.ValuePropositions.Count),
            new("partners", v.Partners, a.Partners.Count),
        ];
    }

    private ContactView[] Contacts(AccountResult a)
    {
        var end = P.Period.End;
        return a.Contacts.Select(x => new ContactView(x.Name, x.Title, Codes.Of(x.Role), Codes.Of(x.Influence), Codes.Of(x.Stance), x.Owner,
            x.LastContact, Recency.IsRecentContact(x.LastContact, end)) { DaysSinceContact = Recency.DaysSince(x.LastContact, end) })
                .ToArray();
    }

    private static IReadOnlyList<PowerMapCell> PowerMap(IReadOnlyList<ContactView> contacts) =>
        Influences.SelectMany(i => Stances.Select(s => new PowerMapCell(i, s, contacts.Where(x => x.Influence == i && x.Stance == s)
            .ToArray()))).ToArray();

    private ObjectiveView Objective(ObjectiveResult o)
    {
        var def = o.Objective.Kpi is { } k && KpiCatalog.Contains(k) ? KpiCatalog.Get(k) : null;
        // Baseline and target are written in the KPI's own terms (fractions for percent KPIs, amounts for money).
        object? Typed(decimal? v) => v is not { } x ? null : def?.Unit == KpiUnit.Money ? x : (double)x;
        return new ObjectiveView(o.Objective.ObjectiveId, o.Objective.Text, def?.Key, def is null ? null : c.Kpis.Title(def.Key),
            def is null ? "text" : Codes.Of(def.Unit), Typed(o.Objective.Baseline), Typed(o.Objective.Target), o.Current.Boxed,
                o.Progress, o.Expected,
            Codes.Of(o.Status), o.StatusDerived, o.Objective.Start, o.Objective.Due, o.Objective.Owner,
                o.Actions.Select(ComposeContext.Action).ToArray());
    }

    private static ValueElementView[] ValueElements(AccountResult a) => a.ValuePropositions.Select((v, i) => new ValueElementView(i + 1,
        v.ValueElement, v.CustomerBenefit, v.QuantifiedValue, v.Evidence, v.Importance, v.OurRating, v.Competitor, v.CompetitorRating,
        v.OurRating is { } ours && v.CompetitorRating is { } theirs ? ours - theirs : null)).ToArray();

    private static OfferView[] Pipeline(AccountResult a)
    {
        var whiteSpace = a.ProductLines.Where(l => l.Status == ProductLineStatus.NotBought).Select(l => l.Name)
            .ToHashSet(StringComparer.Ordinal);
        return a.OpenOffers.Select(o => new OfferView(o.OfferId, o.Name, o.ProductLine, Codes.Of(o.Type), Codes.Of(o.Source), o.Probability,
            o.ExpectedClose, o.Value, OfferValue.Weighted(o.Value, o.Probability), o.ProductLine is { } l && whiteSpace.Contains(l)))
                .ToArray();
    }
}
