namespace KamReports.Documents.AccountPlan;

/// <summary>An open offer of the pipeline: type (cross_sell, upsell, renewal, new_business), source (proactive, rfp, inbound), probability,
/// expected close, value and weighted value; <c>WhiteSpace</c> when it sells a line the customer does not buy.</summary>
public sealed record OfferView(string Id, string? Name, string? ProductLine, string? Type, string? Source, double? Probability,
    DateOnly? ExpectedClose,
    decimal? Value, decimal? Weighted, bool WhiteSpace);
