namespace KamReports.Records;

/// <summary>A value element of the proposition: the benefit, its yearly value to the customer, the proof, and how we compare.</summary>
public sealed record ValueProposition(
    string AccountId, string ValueElement, string? CustomerBenefit, decimal? QuantifiedValue, string? Evidence,
    double? Importance, double? OurRating, string? Competitor, double? CompetitorRating);
