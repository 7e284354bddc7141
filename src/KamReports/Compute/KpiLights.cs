using KamReports.Config;

namespace KamReports.Compute;

/// <summary>
/// Traffic lights of headline KPIs. The health score uses the configured thresholds (kpis.md);
/// the others use fixed, documented bands (README, "Traffic lights").
/// </summary>
public static class KpiLights
{
    public static HealthLight For(string key, double? value, KamConfig config)
    {
        if (value is not { } v || !double.IsFinite(v)) return HealthLight.Unknown;
        return key switch
        {
            "growth_yoy" or "growth_qoq" or "growth_ttm" => Band(v, 0, -0.10),
            "attainment" => Band(v, 1.0, 0.9),
            "share_of_wallet" => Band(v, 0.4, config.LowShareOfWallet),
            "nps" => Band(v, 30, 0),
            "satisfaction_index" => Band(v, config.SatisfiedIndex, config.DissatisfiedIndex),
            "health_score" => Band(v, config.HealthGreen, config.HealthAmber),
            "action_completion" => Band(v, 0.8, 0.5),
            "offer_acceptance" => Band(v, 0.4, 0.25),
            "complaints_open" => v <= 0 ? HealthLight.Green : v < 3 ? HealthLight.Amber : HealthLight.Red,
            "actions_overdue" => v <= 0 ? HealthLight.Green : v < 3 ? HealthLight.Amber : HealthLight.Red,
            "return_rate" => v <= 0.02 ? HealthLight.Green : v <= 0.05 ? HealthLight.Amber : HealthLight.Red,
            _ => HealthLight.Unknown,
        };
    }

    private static HealthLight Band(double v, double green, double amber) => v >= green ? HealthLight.Green : v >= amber ? HealthLight.Amber : HealthLight.Red;

    /// <summary>Lower-case name used in documents and CSV: green, amber, red, unknown.</summary>
    public static string Name(HealthLight light) => light.ToString().ToLowerInvariant();
}
