namespace KamReports.Compute;

/// <summary>A flagged risk and the figure behind it (growth, count or share).</summary>
public sealed record Risk(RiskKind Kind, double? Value)
{
    /// <summary>The whole the value is part of: easy to leave names "2 of 7" exit barriers.</summary>
    public double? Of { get; init; }
}
