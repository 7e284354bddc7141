namespace KamReports.Compute;

/// <summary>
/// kpis.md "Exceptions are a triage, not a census": severity 3 for a red light or no orders this quarter, 2 for revenue declining,
/// attainment below 90% or a high-severity complaint, 1 for any other risk; an exception is severity 3, or severity 2 with revenue_ttm
/// at least the materiality share of the scope's; ranked by severity x money at stake (revenue_ttm), ties by account_id.
/// </summary>
public static class Triage
{
    public static int Severity(AccountResult a)
    {
        if (a.Risks.Any(r => r.Kind is RiskKind.RedHealth or RiskKind.NoOrders)) return 3;
        if (a.Risks.Any(r => r.Kind is RiskKind.DecliningRevenue or RiskKind.LowAttainment or RiskKind.HighSeverityComplaints)) return 2;
        return a.Risks.Count > 0 ? 1 : 0;
    }

    /// <summary>Money at stake: the account's revenue of the last 12 months (never below 0).</summary>
    public static decimal MoneyAtStake(AccountResult a) => Math.Max(0, a.Kpis.RevenueTtm);

    /// <summary>The account's revenue_ttm is at least the materiality share of the scope's.</summary>
    public static bool Material(AccountResult a, decimal scopeRevenueTtm, double materiality) =>
        scopeRevenueTtm > 0 && MoneyAtStake(a) >= (decimal)materiality * scopeRevenueTtm;

    public static bool IsException(AccountResult a, decimal scopeRevenueTtm, double materiality) => Severity(a) switch
    {
        3 => true,
        2 => Material(a, scopeRevenueTtm, materiality),
        _ => false,
    };

    /// <summary>The exceptions of a scope, ranked.</summary>
    public static IReadOnlyList<ExceptionEntry> Of(IReadOnlyList<AccountResult> accounts, decimal scopeRevenueTtm, double materiality) =>
        accounts.Where(a => IsException(a, scopeRevenueTtm, materiality))
            .Select(a => new ExceptionEntry(a, a.Risks) { Severity = Severity(a), MoneyAtStake = MoneyAtStake(a) })
            .OrderByDescending(e => e.Severity * e.MoneyAtStake).ThenByDescending(e => e.Severity)
            .ThenBy(e => e.Account.Account.AccountId, StringComparer.Ordinal)
            .ToArray();

    /// <summary>
    /// An exception's change since Q-1, by the same rules applied to the same accounts then: new (not an exception then), worse or
    /// better (its severity rose or fell), unchanged.
    /// </summary>
    public static string Change(ExceptionEntry e, ScopeFigures scope, Portfolio? previousQuarter)
    {
        var id = e.Account.Account.AccountId;
        var before = previousQuarter?.Accounts.FirstOrDefault(a => a.Account.AccountId == id);
        if (previousQuarter is null || before is null) return "new";
        var then = previousQuarter.SameAccounts(scope);
        if (!IsException(before, then.Totals.RevenueTtm, previousQuarter.Config.Materiality)) return "new";
        var severity = Severity(before);
        return e.Severity > severity ? "worse" : e.Severity < severity ? "better" : "unchanged";
    }

    /// <summary>
    /// The rows a pack lists: every severity-3 exception, and the highest-ranked others up to <paramref name="max"/> rows in all,
    /// in rank order; the rest counted with their money at stake.
    /// </summary>
    public static TableCut<ExceptionEntry> Cut(IReadOnlyList<ExceptionEntry> ranked, int max)
    {
        var severe = ranked.Count(e => e.Severity == 3);
        var others = Math.Max(0, max - severe);
        var shown = new List<ExceptionEntry>();
        var rest = new List<ExceptionEntry>();
        foreach (var e in ranked)
        {
            if (e.Severity == 3 || others-- > 0) shown.Add(e);
            else rest.Add(e);
        }
        return new TableCut<ExceptionEntry>(shown, rest.Count, rest.Sum(e => e.MoneyAtStake));
    }
}
