namespace KamReports.Config;

/// <summary>Weights of the health-score components (kpis.md, Health score). Default: equal.</summary>
public sealed record HealthWeights(double GrowthYoy = 1, double Attainment = 1, double SatisfactionIndex = 1, double Nps = 1, double ComplaintsOpen = 1, double ActionCompletion = 1);
