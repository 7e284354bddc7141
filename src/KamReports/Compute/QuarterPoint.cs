namespace KamReports.Compute;

/// <summary>One quarter of an account's (or the portfolio's) 8-quarter history.</summary>
public sealed record QuarterPoint(string Label, decimal Revenue, decimal? Target, double? Nps, double? SatisfactionIndex,
    double? RelationshipStrength, int Responses)
{
    /// <summary>Revenue of the accounts that have a target this quarter: the population <see cref="Target"/> speaks of.</summary>
    public decimal RevenueWithTarget { get; init; }

    /// <summary>RevenueWithTarget / Target; missing without a positive target.</summary>
    public double? Attainment => Formulas.Attainment(RevenueWithTarget, Target);
}
