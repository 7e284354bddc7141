using KamReports.Config;

namespace KamReports.Compute;

/// <summary>
/// How one class of a scope is served (kpis.md, Service models: scope): its accounts, those fully served (service_model_met = 1), the
/// requirement most often not met and how often, the mean cost-to-serve ratio against the class's limit, the accounts over-served
/// (cost above the limit) and under-served (class A short of its model).
/// </summary>
public sealed record ClassService(string Dimension, string Class, int Accounts, int FullyServed, string? MostMissed, int MostMissedCount,
    double? MeanCostRatio, double? Limit, int OverServed, int UnderServed)
{
    /// <summary>Every configured class of a scope, in the config's order; a class without accounts in the scope is left out.</summary>
    public static IReadOnlyList<ClassService> Of(ScopeFigures scope, KamConfig config) =>
        config.ServiceModels.SelectMany(d => d.Value.Select(m => (Dim: d.Key, Cls: m.Key, Model: m.Value)))
            .Select(x =>
            {
                var accounts = scope.Accounts.Where(a => ServiceRules.ClassOf(a, x.Dim) == x.Cls).ToArray();
                var missed = accounts.SelectMany(a => a.Service.Where(r => r.Dimension == x.Dim && r.Status == ServiceRequirement.NotMet))
                    .GroupBy(r => r.Tactic is { } t ? "tactic." + t : r.Key).OrderByDescending(g => g.Count()).ThenBy(g => g.Key,
                        StringComparer.Ordinal).FirstOrDefault();
                var limit = x.Model.MaxCostToServeRatio;
                return new ClassService(x.Dim, x.Cls, accounts.Length, accounts.Count(a => a.Kpis.ServiceModelMet is >= 0.9999),
                    missed?.Key, missed?.Count() ?? 0, Formulas.Mean(accounts.Select(a => a.Kpis.CostToServeRatio)), limit,
                    limit is { } l ? accounts.Count(a => a.Kpis.CostToServeRatio > l) : 0,
                    x.Cls == "A" && x.Dim == "abc_class" ? accounts.Count(a => a.Kpis.ServiceModelMet is < 0.9999) : 0);
            })
            .Where(c => c.Accounts > 0).ToArray();
}
