namespace KamReports.Documents.ReviewPack;

/// <summary>A numbered bubble of the portfolio matrix and its key row: number, account, both axes, quadrant, revenue TTM and health
/// light.</summary>
public sealed record MatrixPoint(int Number, string Id, string Name, double Relationship, double Potential, string? Quadrant,
    decimal RevenueTtm, string Light);
