namespace KamReports.Documents.ReviewPack;

/// <summary>
/// One line of "Last review's asks": an ask decided in the period (<see cref="Status"/> agreed, done, declined or withdrawn, with the
/// day and the outcome) or one raised before the period and still open at its end (its age in quarters, overdue marked).
/// </summary>
public sealed record LastAskView(string AskId, string AccountId, string Account, string Ask, string Status, DateOnly? Decided,
    string? Outcome, int Age, bool Overdue, DateOnly? NeededBy, string? Owner);
