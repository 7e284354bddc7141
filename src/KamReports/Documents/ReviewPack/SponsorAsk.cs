namespace KamReports.Documents.ReviewPack;

/// <summary>
/// One line of "What I need from you": an ask of the account team (kind <c>ask</c>) or a generated intervention
/// (<c>red_health</c>, <c>detractor</c>, <c>executive_contact</c>, <c>revenue_at_stake</c>), with the account, owner, next step and date.
/// </summary>
public sealed record SponsorAsk(string Kind, string AccountId, string Account, string? Owner, string NextStep, DateOnly By);
