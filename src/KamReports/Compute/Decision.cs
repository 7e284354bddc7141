namespace KamReports.Compute;

/// <summary>
/// One line of "Decisions we need from you" (kpis.md, Asks and decisions): an open ask of the team, or an intervention the figures call
/// for (<see cref="Kind"/>: <c>ask</c>, <c>no_orders</c>, <c>red_health</c>, <c>detractor</c>, <c>no_executive_contact</c>), with
/// the figure that calls for it (<see cref="Reason"/>), the money at stake (the ask's value_at_stake, else the account's
/// revenue_ttm), who follows up, by when (needed_by, else the next review), whether it is overdue and, for an ask raised before Q,
/// its age in quarters.
/// </summary>
public sealed record Decision(string Kind, AccountResult Account, AskState? Ask, Risk? Reason, decimal MoneyAtStake, string? Owner,
    DateOnly ByWhen, bool Overdue, int? AgeQuarters)
{
    /// <summary>The decision maker who is a detractor, or the executive not met in 90 days, for those interventions.</summary>
    public string? Person { get; init; }
}
