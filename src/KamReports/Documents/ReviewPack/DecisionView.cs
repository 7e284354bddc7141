namespace KamReports.Documents.ReviewPack;

/// <summary>
/// One line of "Decisions we need from you": the account, what is asked (a team's ask, or an intervention the figures call for:
/// <see cref="Kind"/> ask, no_orders, red_health, detractor, no_executive_contact) and why (the figure), the money at stake, who
/// follows up, by when, overdue, and the age in quarters of an ask raised before the period.
/// </summary>
public sealed record DecisionView(string Kind, string AccountId, string Account, string What, string? Why, decimal MoneyAtStake,
    string? Owner, DateOnly By, bool Overdue, int? Age, string? AskId);
