namespace KamReports.Documents.AccountPlan;

/// <summary>A value element: number on the value map, benefit, yearly value to the customer, evidence, importance and both
/// ratings.</summary>
public sealed record ValueElementView(int Number, string Element, string? Benefit, decimal? QuantifiedValue, string? Evidence,
    double? Importance,
    double? OurRating, string? Competitor, double? CompetitorRating, double? Advantage);
