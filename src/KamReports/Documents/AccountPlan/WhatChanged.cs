namespace KamReports.Documents.AccountPlan;

/// <summary>
/// "What changed since last quarter" of a plan: KPI movements beyond their thresholds (Q-1 to Q), actions completed
/// in the quarter and newly overdue, complaints opened and closed, offers won and lost, objectives whose status changed.
/// </summary>
public sealed record WhatChanged(string Since, IReadOnlyList<KpiValue> Movements, IReadOnlyList<ActionView> Completed,
    IReadOnlyList<ActionView> NewlyOverdue,
    IReadOnlyList<ComplaintView> Opened, IReadOnlyList<ComplaintView> Closed, IReadOnlyList<OfferView> Won,
        IReadOnlyList<OfferView> Lost, IReadOnlyList<ObjectiveChange> Objectives)
{
    public bool Any =>
        Movements.Count + Completed.Count + NewlyOverdue.Count + Opened.Count + Closed.Count + Won.Count + Lost.Count
        + Objectives.Count > 0;
}
