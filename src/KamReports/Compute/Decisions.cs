using KamReports.Records;

namespace KamReports.Compute;

/// <summary>
/// kpis.md "Decisions we need from you" and "Last review's asks" for a sponsor (asks addressed to them) or for leadership (asks of
/// <c>leadership</c>), with the interventions the figures call for: an account of severity 3, a decision maker who is a detractor, no
/// executive contact in 90 days, each only for accounts that are material or severity 3. Ranked overdue first, then by money at
/// stake, then by when.
/// </summary>
public static class Decisions
{
    /// <summary>The decisions asked of <paramref name="sponsor"/> (null = leadership) over <paramref name="scope"/>'s accounts.</summary>
    public static IReadOnlyList<Decision> For(ScopeFigures scope, Portfolio p, string? sponsor)
    {
        var next = AskRules.NextReview(p.Config, p.Period);
        var list = Addressed(p, sponsor).Where(x => x.State.Open)
            .Select(x => new Decision("ask", x.Account, x.State, null, x.State.Ask.ValueAtStake ?? Triage.MoneyAtStake(x.Account),
                x.State.Ask.Owner ?? x.Account.Account.KeyAccountManager, x.State.Ask.NeededBy ?? next, x.State.Overdue,
                x.State.AgeQuarters > 0 ? x.State.AgeQuarters : null))
            .ToList();
        // Leadership decides on the largest severity-3 exceptions (a red light, no orders); a sponsor on every material or severity-3
        // account of theirs. An account whose team already asks something of the reader gets no generated line beside it, and an
        // account gets one intervention at most: the most severe.
        var asked = list.Select(d => d.Account.Account.AccountId).ToHashSet(StringComparer.Ordinal);
        var candidates = sponsor is null
            ? scope.Exceptions.Take(10).Where(e => e.Severity == 3).Select(e => e.Account)
            : scope.Accounts.Where(a => Triage.Severity(a) == 3 || Triage.Material(a, scope.Totals.RevenueTtm, p.Config.Materiality));
        foreach (var a in candidates.Where(a => !asked.Contains(a.Account.AccountId)))
        {
            var first = Interventions(a, p.Period, next).FirstOrDefault(d => sponsor is not null || d.Kind is "no_orders" or "red_health");
            if (first is not null) list.Add(first);
        }
        return list.OrderByDescending(d => d.Overdue).ThenByDescending(d => d.MoneyAtStake).ThenBy(d => d.ByWhen)
            .ThenBy(d => d.Account.Account.AccountId, StringComparer.Ordinal).ThenBy(d => d.Ask?.Ask.AskId, StringComparer.Ordinal)
            .ThenBy(d => d.Kind, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Last review's asks: every ask decided in Q, and every ask raised before Q still open at its end (overdue marked),
    /// decided first, then the open ones oldest first.</summary>
    public static IReadOnlyList<(AccountResult Account, AskState State)> LastReview(Portfolio p, string? sponsor) =>
        Addressed(p, sponsor).Where(x => x.State.DecidedInQ || (x.State.Open && x.State.AgeQuarters > 0))
            .OrderByDescending(x => x.State.DecidedInQ).ThenByDescending(x => x.State.Overdue).ThenBy(x => x.State.Ask.Raised)
            .ThenBy(x => x.State.Ask.AskId, StringComparer.Ordinal)
            .ToArray();

    // The asks addressed to a sponsor (asked_of, else the account's sponsor), or to leadership; never another person's.
    private static IEnumerable<(AccountResult Account, AskState State)> Addressed(Portfolio p, string? sponsor) =>
        p.Accounts.SelectMany(a => a.Asks.Select(s => (a, s)))
            .Where(x => sponsor is null ? x.s.ToLeadership : !x.s.ToLeadership && Same(x.s.Addressee, sponsor));

    private static bool Same(string? a, string b) => a is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<Decision> Interventions(AccountResult a, FiscalQuarter q, DateOnly next)
    {
        var stake = Triage.MoneyAtStake(a);
        var kam = a.Account.KeyAccountManager;
        var severe = a.Risks.FirstOrDefault(r => r.Kind is RiskKind.NoOrders or RiskKind.RedHealth);
        if (severe is not null)
            yield return new Decision(severe.Kind == RiskKind.NoOrders ? "no_orders" : "red_health", a, null, severe, stake, kam, next, false, null);
        var detractor = a.Contacts.FirstOrDefault(c => c.Role == ContactRole.DecisionMaker && c.Stance == Stance.Detractor);
        if (detractor is not null)
            yield return new Decision("detractor", a, null, a.Risks.FirstOrDefault(r => r.Kind == RiskKind.DetractorDecisionMaker), stake, kam,
                next, false, null) { Person = Who(detractor) };
        // An executive of the customer (a decision maker or their sponsor) not met in the 90 days to the end of Q.
        var executives = a.Contacts.Where(c => c.Role is ContactRole.DecisionMaker or ContactRole.Sponsor).ToArray();
        if (executives.Length > 0 && executives.All(c => Recency.IsContactOverdue(c.LastContact, q.End)))
        {
            var longest = executives.OrderBy(c => c.LastContact ?? DateOnly.MinValue).First();
            yield return new Decision("no_executive_contact", a, null, null, stake, kam, next, false, null)
            {
                Person = Who(longest),
            };
        }
    }

    // "Marta Costa (CFO)", or the one of name and title that is known.
    private static string Who(Contact c) => c.Title is { } t && !string.IsNullOrWhiteSpace(t) && c.Name != t ? $"{c.Name} ({t})" : c.Name;
}
