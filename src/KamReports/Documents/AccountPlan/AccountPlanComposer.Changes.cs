using KamReports.Compute;
using KamReports.Records;

namespace KamReports.Documents.AccountPlan;

// "What changed since last quarter": the account at Q against the same account at Q-1.
public sealed partial class AccountPlanComposer
{
    // A KPI movement is news beyond these (points for percentages and scores; relative for money; any count change).
    private static readonly (string Key, double Threshold)[] Movements =
    [
        ("revenue", 0.10), ("attainment", 5), ("share_of_wallet", 2), ("nps", 5), ("satisfaction_index", 5), ("complaints_open", 1),
        ("actions_overdue", 1), ("pipeline_value", 0.20), ("objectives_on_track", 10), ("health_score", 5),
    ];

    private WhatChanged? Changes(AccountResult a, AccountResult? before)
    {
        if (before is null) return null;
        var q = P.Period;
        var (start, end) = (q.Start, q.End);
        var movements = Movements
            .Select(m => (m.Threshold, Value: c.Kpis.Present(m.Key, KpiPresenter.Of(a.Kpis), KpiPresenter.Of(before.Kpis)) with
            {
                // The comparison is with the quarter before, not a year before.
                Window = "previous_quarter",
            }))
            .Where(m => m.Value.Change is { } x && Math.Abs(x) >= m.Threshold - 1e-9)
            .Select(m => m.Value).ToArray();
        var completed = a.Actions.Where(x => x.Item.Status == ActionStatus.Done && x.Item.Completed is { } d && d >= start && d <= end)
            .Select(ComposeContext.Action).ToArray();
        var wasOverdue = before.Actions.Where(x => x.Overdue).Select(x => x.Item).ToHashSet();
        var newlyOverdue = a.Actions.Where(x => x.Overdue && !wasOverdue.Contains(x.Item)).Select(ComposeContext.Action).ToArray();
        var complaints = a.Complaints.Select(x => Complaint(x, end)).ToArray();
        var opened = complaints.Where(x => x.Opened >= start && x.Opened <= end).ToArray();
        var closed = complaints.Where(x => x.Closed is { } cl && cl >= start && cl <= end).ToArray();
        static OfferView View(Offer o) => new(o.OfferId, o.Name, o.ProductLine, Codes.Of(o.Type), Codes.Of(o.Source), o.Probability,
            o.ExpectedClose, o.Value,
            null, false);
        var beforeStatus = before.Objectives.ToDictionary(o => o.Objective.ObjectiveId, o => o.Status, StringComparer.Ordinal);
        var objectives = a.Objectives.Where(o => beforeStatus.TryGetValue(o.Objective.ObjectiveId, out var s) && s != o.Status)
            .Select(o => new ObjectiveChange(o.Objective.Text, Codes.Of(beforeStatus[o.Objective.ObjectiveId]), Codes.Of(o.Status)))
                .ToArray();
        return new WhatChanged(c.Quarter(q.Minus(1)), movements, completed, newlyOverdue, opened, closed,
            a.QuarterOffers.Where(o => o.Status == OfferStatus.Won).Select(View).ToArray(),
            a.QuarterOffers.Where(o => o.Status == OfferStatus.Lost).Select(View).ToArray(), objectives);
    }
}
