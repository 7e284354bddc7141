namespace KamReports.Model;

/// <summary>An offer, quote or proposal.</summary>
public sealed record Offer(string OfferId, string AccountId, DateOnly Date, string? ProductLine, decimal? Value, OfferStatus Status);
