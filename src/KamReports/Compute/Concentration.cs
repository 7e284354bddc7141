namespace KamReports.Compute;

/// <summary>Portfolio concentration: revenue_ttm share of the top 1, 5 and 10 accounts, and the Herfindahl index (0-10,000).</summary>
public sealed record Concentration(double? Top1Share, double? Top5Share, double? Top10Share, double? Herfindahl);
