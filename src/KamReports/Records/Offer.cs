namespace KamReports.Records;

/// <summary>
/// An offer, quote or proposal; an open one is pipeline. Name, type, source, probability and expected close are the optional
/// pipeline columns.
/// </summary>
public sealed record Offer(string OfferId, string AccountId, DateOnly Date, string? ProductLine, decimal? Value, OfferStatus Status)
{
    public string? Name { get; init; }
    public OfferType? Type { get; init; }
    public OfferSource? Source { get; init; }
    /// <summary>Chance to win, 0-1.</summary>
    public double? Probability { get; init; }
    public DateOnly? ExpectedClose { get; init; }
}
