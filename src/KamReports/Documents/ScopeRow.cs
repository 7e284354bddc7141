using KamReports.Compute;

namespace KamReports.Documents;

/// <summary>
/// One row of scopes.csv: a scope figure (kpis.md, Scopes) of the portfolio (<c>all</c>), the key accounts or a sponsor's accounts,
/// its window, its value at Q and the same accounts' value a year before (like for like). The packs' page-1 figures that kpis.csv
/// cannot give (pooled NPS, last year's attainment) are checked against these.
/// </summary>
public sealed record ScopeRow(string Scope, string Key, string Window, object? Value, object? YearBefore)
{
    /// <summary>The scopes of the run's documents: all accounts, the key accounts and each sponsor's accounts.</summary>
    public static IEnumerable<ScopeRow> Of(Portfolio p, Portfolio? previousYear)
    {
        var scopes = new[] { p.All, p.Scope(ScopeKind.KeyAccounts) }
            .Concat(DocumentCatalog.Sponsors(p).Select(s => p.Scope(ScopeKind.Sponsor, s)));
        foreach (var scope in scopes)
        {
            var before = previousYear?.SameAccounts(scope);
            var id = ComposeContext.ScopeId(scope);
            foreach (var (key, value) in scope.Kpis)
                yield return new ScopeRow(id, key, Codes.Of(KpiCatalog.Get(key).Window), value.Boxed, before?.Kpi(key).Boxed);
            foreach (var (key, window, value, old) in Counts(scope.Totals, before?.Totals))
                yield return new ScopeRow(id, key, window, value, old);
            yield return new ScopeRow(id, "asks_open", "end_of_quarter", scope.AsksOpen, before?.AsksOpen);
            yield return new ScopeRow(id, "asks_overdue", "end_of_quarter", scope.AsksOverdue, before?.AsksOverdue);
            yield return new ScopeRow(id, "asks_decided", "quarter", scope.AsksDecided, before?.AsksDecided);
            yield return new ScopeRow(id, "ask_decision_rate", "quarter", scope.AskDecisionRate, before?.AskDecisionRate);
            if (scope.Kind != ScopeKind.All) continue;
            yield return new ScopeRow(id, "concentration_top5", "ttm", p.Concentration.Top5Share, null);
            yield return new ScopeRow(id, "loss_drop_1", "ttm", p.LossScenarios.FirstOrDefault(l => l.N == 1)?.Drop, null);
        }
    }

    private static IEnumerable<(string, string, object?, object?)> Counts(PortfolioTotals t, PortfolioTotals? b)
    {
        yield return ("accounts", "end_of_quarter", t.Accounts, b?.Accounts);
        yield return ("key_accounts", "end_of_quarter", t.KeyAccounts, b?.KeyAccounts);
        yield return ("accounts_with_target", "quarter", t.WithTarget, b?.WithTarget);
        yield return ("revenue_with_target", "quarter", t.RevenueWithTarget, b?.RevenueWithTarget);
        yield return ("lights_green", "end_of_quarter", t.Green, b?.Green);
        yield return ("lights_amber", "end_of_quarter", t.Amber, b?.Amber);
        yield return ("lights_red", "end_of_quarter", t.Red, b?.Red);
    }
}
