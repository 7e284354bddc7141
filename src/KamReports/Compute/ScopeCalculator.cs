using static KamReports.Compute.Formulas;

namespace KamReports.Compute;

/// <summary>Computes <see cref="ScopeFigures"/> for any set of accounts of a portfolio.</summary>
internal static class ScopeCalculator
{
    public static ScopeFigures Compute(ScopeKind kind, string? sponsor, IEnumerable<AccountResult> accounts, DataAvailability availability,
        double materiality)
    {
        var ranked = accounts.OrderByDescending(a => a.Kpis.RevenueTtm).ThenBy(a => a.Account.AccountId, StringComparer.Ordinal).ToArray();
        var totals = Totals(ranked, availability.Targets);
        var abc = Ranking(ranked, totals.RevenueTtm);
        return new ScopeFigures
        {
            Kind = kind,
            Sponsor = sponsor,
            Accounts = ranked,
            Totals = totals,
            Kpis = Kpis(totals),
            Quarters = QuarterSeries(ranked),
            Abc = abc,
            AbcClasses = AbcClasses(abc),
            RevenueTtmRed = ranked.Where(a => a.Kpis.HealthLight == HealthLight.Red).Sum(a => a.Kpis.RevenueTtm),
            HealthCheck = Check(ranked, availability),
            Exceptions = Triage.Of(ranked, totals.RevenueTtm, materiality),
            AsksOpen = availability.Asks ? ranked.Sum(a => a.Kpis.AsksOpen ?? 0) : null,
            AsksOverdue = availability.Asks ? ranked.Sum(a => a.Kpis.AsksOverdue ?? 0) : null,
            AsksDecided = availability.Asks ? ranked.Sum(a => a.Kpis.AsksDecided ?? 0) : null,
        };
    }

    private static PortfolioTotals Totals(IReadOnlyList<AccountResult> results, bool hasTargets)
    {
        decimal Sum(Func<AccountKpis, decimal> f) => results.Sum(r => f(r.Kpis));
        var revenue = Sum(k => k.Revenue);
        var prevQ = Sum(k => k.RevenuePrevQuarter);
        var prevY = Sum(k => k.RevenuePrevYear);
        var ttm = Sum(k => k.RevenueTtm);
        var ttmPrev = Sum(k => k.RevenueTtmPrev);
        // kpis.md scope attainment: only the accounts that have a target, on both sides of the ratio.
        var withTarget = results.Where(r => r.Kpis.Target is not null).ToArray();
        decimal? target = hasTargets && withTarget.Length > 0 ? withTarget.Sum(r => r.Kpis.Target!.Value) : null;
        var revenueWithTarget = withTarget.Sum(r => r.Kpis.Revenue);
        var nps = NpsTally.Sum(results.Select(r => r.NpsTtm));
        return new PortfolioTotals(results.Count, results.Count(r => r.IsKeyAccount), revenue, prevQ, prevY, ttm, ttmPrev,
            Growth(revenue, prevQ), Growth(revenue, prevY), Growth(ttm, ttmPrev), target, revenueWithTarget, withTarget.Length,
            Attainment(revenueWithTarget, target), nps.Nps, nps.Responses,
            Mean(results.Select(r => r.Kpis.HealthScore)), results.Count(r => r.Kpis.HealthScore is not null),
            results.Count(r => r.Kpis.HealthLight == HealthLight.Green), results.Count(r => r.Kpis.HealthLight == HealthLight.Amber),
                results.Count(r => r.Kpis.HealthLight == HealthLight.Red));
    }

    private static Dictionary<string, KpiScalar> Kpis(PortfolioTotals t) => new(StringComparer.Ordinal)
    {
        ["revenue"] = t.Revenue,
        ["revenue_prev_quarter"] = t.RevenuePrevQuarter,
        ["revenue_prev_year"] = t.RevenuePrevYear,
        ["growth_qoq"] = t.GrowthQoq,
        ["growth_yoy"] = t.GrowthYoy,
        ["revenue_ttm"] = t.RevenueTtm,
        ["revenue_ttm_prev"] = t.RevenueTtmPrev,
        ["growth_ttm"] = t.GrowthTtm,
        ["target"] = t.Target,
        ["attainment"] = t.Attainment,
        ["nps"] = t.Nps,
        ["health_score"] = t.MeanHealth,
    };

    private static QuarterPoint[] QuarterSeries(IReadOnlyList<AccountResult> results)
    {
        var points = new QuarterPoint[8];
        for (var i = 0; i < 8; i++)
        {
            var targets = results.Select(r => r.Quarters[i].Target).Where(t => t is not null).ToArray();
            points[i] = new QuarterPoint(results.Count > 0 ? results[0].Quarters[i].Label : "", results.Sum(r => r.Quarters[i].Revenue),
                targets.Length > 0 ? targets.Sum() : null, null, null, null, results.Sum(r => r.Quarters[i].Responses))
            { RevenueWithTarget = results.Sum(r => r.Quarters[i].RevenueWithTarget) };
        }
        return points;
    }

    private static AbcEntry[] Ranking(IReadOnlyList<AccountResult> ranked, decimal total)
    {
        var entries = new AbcEntry[ranked.Count];
        decimal cumulative = 0;
        for (var i = 0; i < ranked.Count; i++)
        {
            cumulative += ranked[i].Kpis.RevenueTtm;
            entries[i] = new AbcEntry(ranked[i], i + 1, Ratio(ranked[i].Kpis.RevenueTtm, total), Ratio(cumulative, total));
        }
        return entries;
    }

    private static AbcClassTotal[] AbcClasses(IReadOnlyList<AbcEntry> abc) => new[] { "A", "B", "C" }.Select(c =>
    {
        var members = abc.Where(e => e.Account.Kpis.AbcClass == c).ToArray();
        return new AbcClassTotal(c, members.Length, members.Sum(e => e.Account.Kpis.RevenueTtm), members.Sum(e => e.Share ?? 0));
    }).ToArray();

    /// <summary>KAM health check over the key accounts of the scope.</summary>
    private static HealthCheck Check(IReadOnlyList<AccountResult> results, DataAvailability a)
    {
        var keys = results.Where(r => r.IsKeyAccount).ToArray();
        double? Share(bool available, Func<AccountResult, bool> has) => available && keys.Length > 0
            ? (double)keys.Count(has) / keys.Length : null;
        return new HealthCheck(keys.Length,
            Share(a.Actions, r => r.Actions.Count > 0),
            Share(a.Contacts, r => r.Kpis.DecisionMakersCovered > 0),
            Share(a.Contacts, r => r.Kpis.ContactPoints > 0),
            Share(true, r => r.ResponsesTtm > 0),
            Share(a.Targets, r => r.Kpis.Target is not null));
    }
}
