namespace KamReports.Charts;

/// <summary>A bubble of the portfolio matrix: position on both 1-5 axes, size and colour class.</summary>
public sealed record ChartPoint(string Label, double X, double Y, double Size, string Tone);
