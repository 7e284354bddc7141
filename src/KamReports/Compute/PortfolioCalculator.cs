using KamReports.Config;
using KamReports.Records;
using static KamReports.Compute.Formulas;

namespace KamReports.Compute;

/// <summary>
/// Compute stage: records in, KPIs and segments out (kpis.md). Pure: no I/O, no culture, no rendering.
/// It runs named passes: <see cref="AccountPass"/> (each account's own rows, one pass over its revenue),
/// <see cref="Classify"/> (portfolio-relative classes, health, risks) and the portfolio summaries.
/// </summary>
public static class PortfolioCalculator
{
    /// <summary>The default period: the latest complete quarter in the revenue data.</summary>
    /// <summary>The last complete quarter of the data, on or before the day of the run (a row dated ahead never moves it).</summary>
    public static FiscalQuarter DefaultPeriod(DataSet data, KamConfig config, DateOnly? today = null)
    {
        if (data.RevenueSummary.LastDate is not { } last)
        {
            // Say why: every row rejected (the most common reason, with its first line), or no row at all.
            var rejected = data.Problems.Where(p => data.Files.Any(f => f.Role == "revenue"
                && (f.Path == p.File || p.File.StartsWith(f.Path + "[", StringComparison.Ordinal)))).ToArray();
            var why = rejected.GroupBy(p => (p.Column, p.Reason)).OrderByDescending(g => g.Count()).FirstOrDefault() is { } top
                ? $" (every row was rejected; {top.Count()} for {top.Key.Column}: {top.Key.Reason}, first on line {top.First().Line})"
                : " (the file has no data rows)";
            throw new KamException($"revenue has no valid rows{why}: cannot choose a default period; fix the rows or pass --period",
                ExitCodes.Failed);
        }
        var day = today ?? DateOnly.FromDateTime(DateTime.Now);
        return FiscalQuarter.LatestComplete(last < day ? last : day, config.FiscalYearStart);
    }

    public static Portfolio Compute(DataSet data, KamConfig config, FiscalQuarter q)
    {
        var index = new RecordIndex(data);
        var catalog = data.RevenueSummary.ProductLines.ToArray();
        var drafts = data.Accounts.OrderBy(a => a.AccountId, StringComparer.Ordinal).Select(a => AccountPass.Run(a, index, catalog, q))
            .ToArray();
        var results = ServiceRules.Apply(Classify(drafts, index, catalog, config, q), index, config, q);
        var all = ScopeCalculator.Compute(ScopeKind.All, null, results, index.Availability, config.Materiality);
        var total = all.Totals.RevenueTtm;
        return new Portfolio
        {
            Period = q,
            Config = config,
            Accounts = results,
            All = all,
            Segments = PortfolioSummaries.Segments(results, total),
            Concentration = PortfolioSummaries.ConcentrationOf(all.Accounts, total),
            LossScenarios = PortfolioSummaries.Losses(all.Accounts, total),
            Catalog = catalog,
            Availability = index.Availability,
        };
    }

    // Pass 2: portfolio-relative figures (shares, ABC, headroom rank), classes, health score and risks.
    private static List<AccountResult> Classify(AccountDraft[] drafts, RecordIndex index, IReadOnlyList<string> catalog,
        KamConfig config, FiscalQuarter q)
    {
        var totalTtm = drafts.Sum(p => p.Kpis.RevenueTtm);
        var ranked = drafts.OrderByDescending(p => p.Kpis.RevenueTtm).ThenBy(p => p.Account.AccountId, StringComparer.Ordinal)
            .Select(p => (p.Account.AccountId, p.Kpis.RevenueTtm)).ToList();
        var abc = Classification.AssignAbc(ranked, totalTtm, config);
        var headroomRank = Classification.HeadroomRank(drafts.Where(p => p.Kpis.Wallet is not null)
            .Select(p => (p.Account.AccountId, p.Kpis.Wallet!.Value - p.Kpis.RevenueTtm)));
        var industryStats = ProductLineAnalysis.IndustryStats(drafts);
        var end = q.End;
        var asksById = AskRules.Of(index.Data, q).ToLookup(x => x.Ask.AccountId, StringComparer.Ordinal);
        var results = new List<AccountResult>(drafts.Length);
        foreach (var p in drafts)
        {
            var id = p.Account.AccountId;
            var k = p.Kpis;
            var relationship = k.RelationshipStrength ?? (k.ShareOfWallet is { } sow ? Math.Clamp(sow * 5, 0, 5) : null);
            var potential = p.Account.GrowthPotential ?? (headroomRank.TryGetValue(id, out var hr) ? hr : null);
            k = k with
            {
                RevenueShare = Ratio(k.RevenueTtm, totalTtm),
                AbcClass = abc[id],
                Lifecycle = Classification.Lifecycle(p.Revenue.First, k, q, config),
                Behaviour = Classification.Behaviour(p.Revenue.OrdersTtm, config),
                Feedback = Classification.Feedback(k.SatisfactionIndex, config),
                PortfolioQuadrant = Classification.Quadrant(relationship, potential),
            };
            var health = HealthScoring.Components(k, config);
            var coverage = HealthScoring.Coverage(health, config);
            k = k with { HealthCoverage = coverage, HealthScore = coverage >= config.HealthMinCoverage ? HealthScoring.Score(health, config)
                : null };
            k = k with { HealthLight = KpiCatalog.Light(KpiCatalog.Get("health_score"), key => KpiCatalog.Get(key).Value(k), config) };
            // No orders this quarter is severity 3 (kpis.md): the account is red whatever its score says.
            if (RiskRules.NoOrders(k)) k = k with { HealthLight = HealthLight.Red };
            var measured = index.Objectives[id].Select(o => ObjectiveRules.Evaluate(o, k, q)).ToArray();
            var (objectiveCount, onTrack) = ObjectiveRules.Kpis(measured, index.Availability.Objectives);
            k = k with { Objectives = objectiveCount, ObjectivesOnTrack = onTrack };
            var asks = asksById[id].Select(x => AskRules.State(x.Ask, x.FromNotes, p.Account.ExecutiveSponsor, q))
                .OrderBy(x => x.Ask.Raised).ThenBy(x => x.Ask.AskId, StringComparer.Ordinal).ToArray();
            if (index.Availability.Asks)
                k = k with { AsksOpen = asks.Count(x => x.Open), AsksOverdue = asks.Count(x => x.Overdue), AsksDecided = asks.Count(x => x.DecidedInQ) };
            var actions = index.Actions[id].OrderBy(a => a.Due ?? DateOnly.MaxValue).ThenBy(a => a.Action, StringComparer.Ordinal)
                .Select(a => new ActionStatusView(a, IsOverdue(a, end))).ToArray();
            var (objectives, ungrouped) = ObjectiveRules.Link(measured, actions);
            results.Add(new AccountResult
            {
                Account = p.Account,
                IsKeyAccount = p.Account.IsKeyAccount ?? config.KeyAccountClasses.Contains(k.AbcClass),
                Kpis = k,
                Quarters = p.Quarters,
                ProductLines = ProductLineAnalysis.ForAccount(catalog, p, industryStats),
                ProjectedNextQuarter = ProductLineAnalysis.Project(p.Revenue.Quarters, p.Revenue.First, q),
                WalletPrevYear = p.WalletPrev,
                OrdersTtm = p.Revenue.OrdersTtm,
                ResponsesTtm = p.ResponsesTtm,
                NpsTtm = p.Nps,
                RelationshipAxis = relationship,
                PotentialAxis = potential,
                Health = health,
                Risks = RiskRules.Risks(k, index.Complaints[id].ToArray(), index.Contacts[id].ToArray(), index.Competitors[id].ToArray(),
                    p.ResponsesTtm, objectives, index.Data, q, config),
                Complaints = index.Complaints[id].OrderByDescending(c => c.Opened).ThenBy(c => c.ComplaintId, StringComparer.Ordinal)
                    .ToArray(),
                Contacts = index.Contacts[id].OrderBy(c => c.Role ?? (ContactRole)99).ThenBy(c => c.Influence ?? (Influence)99)
                    .ThenBy(c => c.Name, StringComparer.Ordinal).ToArray(),
                Team = index.Team[id].ToArray(),
                Actions = actions,
                Objectives = objectives,
                UngroupedActions = ungrouped,
                Notes = index.PlanNotes[id].ToArray(),
                ValuePropositions = index.ValuePropositions[id].OrderByDescending(v => v.Importance ?? 3)
                    .ThenByDescending(v => v.QuantifiedValue ?? 0).ToArray(),
                Asks = asks,
                Partners = index.Partners[id].OrderByDescending(x => x.Share ?? -1).ThenBy(x => x.Name, StringComparer.Ordinal).ToArray(),
                OpenOffers = p.OpenOffers,
                QuarterOffers = p.QuarterOffers,
                Competitors = index.Competitors[id].OrderByDescending(c => c.EstimatedShare ?? -1).ThenBy(c => c.Competitor,
                    StringComparer.Ordinal).ToArray(),
                RecentComments = index.Surveys[id].Where(s => s.Comment is not null && AccountPass.QuartersBack(s.Date,
                    q) is >= 0 and <= 3).OrderByDescending(s => s.Date).Take(5).ToArray(),
            });
        }
        return results;
    }
}
