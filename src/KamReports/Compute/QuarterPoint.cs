namespace KamReports.Compute;

/// <summary>One quarter of an account's (or the portfolio's) 8-quarter history.</summary>
public sealed record QuarterPoint(string Label, decimal Revenue, decimal? Target, double? Nps, double? SatisfactionIndex, double? RelationshipStrength, int Responses);
