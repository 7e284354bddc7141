namespace KamReports.Compute;

/// <summary>
/// One requirement of an account's service model (kpis.md, Service models): the dimension and class whose model asks it, its key
/// (dedicated_manager, contact_within_days, survey_within_days, tactic, max_cost_to_serve_ratio), for a tactic which one, whether it is
/// met (<see cref="Status"/>: met, not_met, no_data), the figure that decides it and the model's limit.
/// </summary>
public sealed record ServiceRequirement(string Dimension, string Class, string Key, string? Tactic, string Status, double? Actual,
    double? Limit)
{
    public const string Met = "met", NotMet = "not_met", NoData = "no_data";
}
