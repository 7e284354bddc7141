using KamReports.Compute;
using KamReports.Records;

namespace KamReports.Documents.ReviewPack;

// "Decisions we need from you", "Last review's asks", what is being done about an exception, and "Coming up".
public sealed partial class ReviewPackComposer
{
    /// <summary>Decisions page 1 shows (kpis.md).</summary>
    public const int PageOneDecisions = 5;

    /// <summary>Decisions listed after page 1's; the rest are counted in one line.</summary>
    public const int MoreDecisions = 10;

    private (IReadOnlyList<DecisionView> Top, IReadOnlyList<DecisionView> After, int More, decimal MoreMoney) DecisionsOf(ScopeFigures scope,
        string? sponsor)
    {
        var all = Decisions.For(scope, P, sponsor).Select(View).ToArray();
        var after = TableCut.Of(all.Skip(PageOneDecisions).ToArray(), MoreDecisions, d => d.MoneyAtStake);
        return (all.Take(PageOneDecisions).ToArray(), after.Shown, after.More, after.MoreRevenueTtm);
    }

    private DecisionView View(Decision d)
    {
        var a = d.Account;
        // A team's ask speaks for itself; an intervention names the figure that calls for it.
        var why = d.Reason is { } r ? c.Risk(r).Text : null;
        var what = d.Kind switch
        {
            "ask" => d.Ask!.Ask.Text,
            "no_orders" => c.T("decision.no_orders", "Find out with the customer's leadership why the orders stopped"),
            "red_health" => c.T("decision.red_health", "Agree a recovery plan with the account team"),
            "detractor" => c.Format("decision.detractor", "Win back {0}, a decision maker critical of us", d.Person),
            _ => c.Format("decision.no_executive_contact", "Call {0}, not met in the last 90 days", d.Person),
        };
        if (d.Kind == "no_executive_contact")
        {
            var last = a.Contacts.Where(x => x.Role is ContactRole.DecisionMaker or ContactRole.Sponsor).Max(x => x.LastContact);
            why = Recency.DaysSince(last, P.Period.End) is { } days
                ? c.Format("decision.last_contact", "last executive contact {0} days before quarter end", days)
                : c.T("decision.never_contacted", "no executive contact on record");
        }
        return new DecisionView(d.Kind, a.Account.AccountId, ComposeContext.Short(a.Account.Name), what, why, d.MoneyAtStake, d.Owner, d.ByWhen,
            d.Overdue, d.AgeQuarters, d.Ask?.Ask.AskId);
    }

    private IReadOnlyList<LastAskView> LastReview(string? sponsor) => Decisions.LastReview(P, sponsor)
        .Select(x => new LastAskView(x.State.Ask.AskId, x.Account.Account.AccountId, ComposeContext.Short(x.Account.Account.Name),
            x.State.Ask.Text, x.State.Open ? "open" : Codes.Of(x.State.Ask.Status), x.State.DecidedInQ ? x.State.Ask.Decided : null,
            x.State.Ask.Outcome, x.State.AgeQuarters, x.State.Overdue, x.State.Ask.NeededBy,
            x.State.Ask.Owner ?? x.Account.Account.KeyAccountManager))
        .ToArray();

    // What is being done about an account: open objectives and open actions, overdue first, at most three.
    private IReadOnlyList<DoingView> Doing(AccountResult a) =>
        a.Actions.Where(x => x.Item.Status is ActionStatus.Planned or ActionStatus.InProgress)
            .OrderByDescending(x => x.Overdue).ThenBy(x => x.Item.Due ?? DateOnly.MaxValue)
            .Select(x => new DoingView("action", x.Item.Action, x.Item.Owner, x.Item.Due, x.Overdue))
            .Concat(a.Objectives.Where(o => o.Status is not (ObjectiveStatus.Achieved or ObjectiveStatus.Dropped))
                .Select(o => new DoingView("objective", o.Objective.Text, o.Objective.Owner, o.Objective.Due, false)))
            .Take(3).ToArray();

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
}
