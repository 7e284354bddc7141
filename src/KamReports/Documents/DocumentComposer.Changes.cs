using KamReports.Compute;
using KamReports.Records;

namespace KamReports.Documents;

// "What changed since last quarter": the account at Q against the same account at Q-1.
public sealed partial class DocumentComposer
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
        var q = _p.Period;
        var start = q.Start;
        var end = q.End;
        var movements = Movements
            .Select(m => (m.Threshold, Value: _kpis.Present(m.Key, KpiPresenter.Of(a.Kpis), KpiPresenter.Of(before.Kpis)) with
            {
                // The comparison is with the quarter before, not a year before.
                Window = "previous_quarter",
            }))
            .Where(m => m.Value.Change is { } c && Math.Abs(c) >= m.Threshold - 1e-9)
            .Select(m => m.Value).ToArray();
        var completed = a.Actions.Where(x => x.Item.Status == ActionStatus.Done && x.Item.Completed is { } c && c >= start && c <= end).Select(Action).ToArray();
        var wasOverdue = before.Actions.Where(x => x.Overdue).Select(x => x.Item).ToHashSet();
        var newlyOverdue = a.Actions.Where(x => x.Overdue && !wasOverdue.Contains(x.Item)).Select(Action).ToArray();
        var complaints = a.Complaints.Select(c => new ComplaintView(c.ComplaintId, c.Opened, c.Closed, Codes.Of(c.Severity), c.Category, c.Description,
            c.Closed is null || c.Closed > end, (c.Closed is { } cl && cl <= end ? cl : end).DayNumber - c.Opened.DayNumber)).ToArray();
        var opened = complaints.Where(c => c.Opened >= start && c.Opened <= end).ToArray();
        var closed = complaints.Where(c => c.Closed is { } cl && cl >= start && cl <= end).ToArray();
        OfferView View(Offer o) => new(o.OfferId, o.Name, o.ProductLine, Codes.Of(o.Type), Codes.Of(o.Source), o.Probability, o.ExpectedClose, o.Value, null, false);
        var beforeStatus = before.Objectives.ToDictionary(o => o.Objective.ObjectiveId, o => o.Status, StringComparer.Ordinal);
        var objectives = a.Objectives.Where(o => beforeStatus.TryGetValue(o.Objective.ObjectiveId, out var s) && s != o.Status)
            .Select(o => new ObjectiveChange(o.Objective.Text, Codes.Of(beforeStatus[o.Objective.ObjectiveId]), Codes.Of(o.Status))).ToArray();
        return new WhatChanged(_f.Quarter(q.Minus(1).ToString()), movements, completed, newlyOverdue, opened, closed,
            a.QuarterOffers.Where(o => o.Status == OfferStatus.Won).Select(View).ToArray(), a.QuarterOffers.Where(o => o.Status == OfferStatus.Lost).Select(View).ToArray(), objectives);
    }
}
