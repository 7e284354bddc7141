using KamReports.Config;

namespace KamReports.Compute;

/// <summary>
/// kpis.md "Health score": the weighted mean over all weights, a component without data contributing 0, so missing data never
/// raises a score (the invariant); and its coverage.
/// </summary>
internal static class HealthScoring
{
    /// <summary>The scored components of an account, in catalogue order; components without data or weight are left out.</summary>
    public static List<HealthComponent> Components(AccountKpis k, KamConfig config)
    {
        var list = new List<HealthComponent>();
        foreach (var def in KpiCatalog.HealthComponents)
        {
            var weight = config.HealthWeight(def.Key);
            if (def.Value(k).AsDouble is { } v && weight > 0) list.Add(new HealthComponent(def.Key, Math.Clamp(def.HealthScore!(v), 0,
                100), weight));
        }
        return list;
    }

    /// <summary>
    /// kpis.md health_coverage: the weights of the components with data over all weights. Below
    /// <c>health_min_coverage</c> the score is missing: missing data must never raise a score.
    /// </summary>
    public static double? Coverage(IReadOnlyList<HealthComponent> components, KamConfig config)
    {
        var all = KpiCatalog.HealthComponents.Sum(d => config.HealthWeight(d.Key));
        return all > 0 ? components.Sum(h => h.Weight) / all : null;
    }

    public static double? Score(IReadOnlyList<HealthComponent> components, KamConfig config)
    {
        var all = KpiCatalog.HealthComponents.Sum(d => config.HealthWeight(d.Key));
        return all > 0 && components.Count > 0 ? components.Sum(h => h.Score * h.Weight) / all : null;
    }
}
