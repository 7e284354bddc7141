namespace KamReports.Records;

/// <summary>
/// What an account team asks of its sponsor (or of leadership), tracked from review to review by its id (data-contract.md, asks).
/// <see cref="AskedOf"/> null = the account's executive sponsor; <see cref="Owner"/> null = the key account manager.
/// </summary>
public sealed record Ask(
    string AskId, string AccountId, string Text, DateOnly Raised, string? AskedOf, DateOnly? NeededBy, decimal? ValueAtStake,
    AskStatus Status, DateOnly? Decided, string? Outcome, string? Owner)
{
    /// <summary>The value of <see cref="AskedOf"/> that addresses the leadership team rather than a person.</summary>
    public const string Leadership = "leadership";
}
