namespace KamReports.Documents.AccountPlan;

/// <summary>One quarter of the 8-quarter history.</summary>
public sealed record QuarterView(string Label, decimal Revenue, decimal? Target, double? Attainment, double? Nps,
    double? SatisfactionIndex, double? RelationshipStrength, int Responses);
