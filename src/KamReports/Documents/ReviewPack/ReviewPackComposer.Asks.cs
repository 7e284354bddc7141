using KamReports.Compute;
using KamReports.Records;

namespace KamReports.Documents.ReviewPack;

// A sponsor pack's "What I need from you" and "Coming up".
public sealed partial class ReviewPackComposer
{
    /// <summary>Days a sponsor's "next step" is given to happen from the day the pack is made.</summary>
    public const int AskDays = 30;

    // Next quarter's dates: offers and renewals expected to close, objectives due.
    private IReadOnlyList<ComingUpRow> ComingUp(ScopeFigures scope)
    {
        var next = P.Period.Plus(1);
        bool InNext(DateOnly? d) => d is { } x && x >= next.Start && x <= next.End;
        return scope.Accounts.SelectMany(a => a.OpenOffers.Where(o => InNext(o.ExpectedClose))
                .Select(o => new ComingUpRow(o.ExpectedClose!.Value, o.Type == OfferType.Renewal ? "renewal" : "offer",
                    a.Account.AccountId, a.Account.Name,
                    o.Name ?? o.OfferId, o.Value, o.Probability))
                .Concat(a.Objectives.Where(o => o.Status is not (ObjectiveStatus.Dropped or ObjectiveStatus.Achieved)
                    && InNext(o.Objective.Due))
                    .Select(o => new ComingUpRow(o.Objective.Due!.Value, "objective", a.Account.AccountId, a.Account.Name,
                        o.Objective.Text, null, null))))
            .OrderBy(r => r.Date).ThenBy(r => r.AccountId, StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// "What I need from you" of a sponsor pack: the asks the account teams wrote, then the generated
    /// interventions (red health, a detractor decision maker, an executive contact older than 90 days, revenue at
    /// stake), accounts by revenue at stake.
    /// </summary>
    private IReadOnlyList<SponsorAsk> Asks(ScopeFigures scope)
    {
        var by = c.GeneratedOn.AddDays(AskDays);
        var end = P.Period.End;
        var list = new List<SponsorAsk>();
        foreach (var a in scope.Accounts)
        {
            var id = a.Account.AccountId;
            var name = a.Account.Name;
            var kam = a.Account.KeyAccountManager;
            foreach (var n in a.Notes.Where(n => n.Section == PlanSection.Asks)) list.Add(new SponsorAsk("ask", id, name, kam, n.Text, by));
            if (!a.IsKeyAccount) continue;
            if (a.Kpis.HealthLight == HealthLight.Red)
                list.Add(new SponsorAsk("red_health", id, name, kam, c.Format("ask.red_health", "{0}", c.F.Number(a.Kpis.HealthScore)),
                    by));
            foreach (var x in a.Contacts.Where(x => x.Role == ContactRole.DecisionMaker && x.Stance == Stance.Detractor))
                list.Add(new SponsorAsk("detractor", id, name, x.Owner ?? kam, c.Format("ask.detractor", "{0} {1}", x.Name, x.Title
                    ?? ""), by));
            foreach (var x in a.Contacts.Where(x => x.Role is ContactRole.DecisionMaker or ContactRole.Sponsor
                && x.Stance != Stance.Detractor
                         && Recency.IsContactOverdue(x.LastContact, end)))
                list.Add(new SponsorAsk("executive_contact", id, name, x.Owner ?? kam, Recency.DaysSince(x.LastContact, end) is { } days
                    ? c.Format("ask.executive_contact", "{0} {1} {2}", x.Name, x.Title ?? "", days)
                    : c.Format("ask.executive_never", "{0} {1}", x.Name, x.Title ?? ""), by));
            var atStake = a.Risks.Where(r => r.Kind is RiskKind.DecliningRevenue or RiskKind.LowAttainment).ToArray();
            if (atStake.Length > 0)
                list.Add(new SponsorAsk("revenue_at_stake", id, name, kam, c.Format("ask.revenue_at_stake", "{0} {1}",
                    c.F.Money((double)a.Kpis.RevenueTtm), string.Join("; ", atStake.Select(r => c.Risk(r).Text))), by));
        }
        return list;
    }
}
