namespace KamReports.Compute;

/// <summary>
/// Every per-account KPI of kpis.md. Null means missing ("n/a"): no data or a zero denominator, never 0.
/// Fractions are stored as fractions (0.125), scores on their own scales.
/// </summary>
public sealed record AccountKpis
{
    public decimal Revenue { get; init; }
    public decimal RevenuePrevQuarter { get; init; }
    public decimal RevenuePrevYear { get; init; }
    public double? GrowthQoq { get; init; }
    public double? GrowthYoy { get; init; }
    public decimal RevenueTtm { get; init; }
    public decimal RevenueTtmPrev { get; init; }
    public double? GrowthTtm { get; init; }
    public decimal GrossOrders { get; init; }
    public decimal Returns { get; init; }
    public double? ReturnRate { get; init; }
    public int Orders { get; init; }
    public decimal? Target { get; init; }
    public double? Attainment { get; init; }
    public int? OffersMade { get; init; }
    public int? OffersWon { get; init; }
    public double? OfferAcceptance { get; init; }
    public int ProductLines { get; init; }
    public int NewProductLines { get; init; }
    public decimal CrossSellRevenue { get; init; }
    public double? CrossSellShare { get; init; }
    public int WhiteSpace { get; init; }
    public decimal? Wallet { get; init; }
    public double? ShareOfWallet { get; init; }
    public double? WalletGrowth { get; init; }
    public double? Nps { get; init; }
    public double? SatisfactionIndex { get; init; }
    public double? RelationshipStrength { get; init; }
    public int? ComplaintsOpened { get; init; }
    public int? ComplaintsOpen { get; init; }
    public int? ContactPoints { get; init; }
    public int? DecisionMakersCovered { get; init; }
    public int? ActionsDue { get; init; }
    public int? ActionsOverdue { get; init; }
    public double? ActionCompletion { get; init; }
    public double? CostToServeRatio { get; init; }
    public decimal? PipelineValue { get; init; }
    public decimal? WeightedPipeline { get; init; }
    public decimal? WalletHeadroom { get; init; }
    public double? PipelineCoverage { get; init; }
    public double? WhiteSpaceCovered { get; init; }
    public double? ProactiveShare { get; init; }
    public int? Objectives { get; init; }
    /// <summary>Asks open at the end of Q (missing without asks).</summary>
    public int? AsksOpen { get; init; }
    /// <summary>Open asks whose needed_by is before the end of Q.</summary>
    public int? AsksOverdue { get; init; }
    /// <summary>Asks decided in Q (agreed, done, declined, withdrawn).</summary>
    public int? AsksDecided { get; init; }
    /// <summary>Requirements of the account's service models that have data, and how many are met (kpis.md).</summary>
    public int? ServiceRequirements { get; init; }
    public int? ServiceMet { get; init; }
    /// <summary>service_met / service_requirements; missing when no requirement has data.</summary>
    public double? ServiceModelMet { get; init; }
    /// <summary>Programme tactics in place, and the seven less those not applicable (missing without a programme file).</summary>
    public int? TacticsInPlace { get; init; }
    public int? TacticsApplicable { get; init; }
    public double? ProgrammeCoverage { get; init; }
    public double? ObjectivesOnTrack { get; init; }
    public decimal? ValueQuantified { get; init; }
    public double? ValueMultiple { get; init; }
    public double? ValueAdvantage { get; init; }
    public double? IndirectShare { get; init; }
    public double? RevenueShare { get; init; }
    public string AbcClass { get; init; } = "C";
    public string Lifecycle { get; init; } = "prospect";
    public string Behaviour { get; init; } = "none";
    public string Feedback { get; init; } = "unknown";
    public string? PortfolioQuadrant { get; init; }
    public double? HealthCoverage { get; init; }
    public double? HealthScore { get; init; }
    public HealthLight HealthLight { get; init; }
}
