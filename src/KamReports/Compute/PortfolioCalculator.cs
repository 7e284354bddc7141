using KamReports.Config;
using KamReports.Model;

namespace KamReports.Compute;

/// <summary>
/// Compute stage: records in, KPIs and segments out (kpis.md). Pure: no I/O, no culture, no rendering.
/// </summary>
public static class PortfolioCalculator
{
    private static readonly IReadOnlyList<string> Dimensions = ["region", "industry", "customer_type", "abc_class", "lifecycle", "behaviour", "feedback", "quadrant"];
    private static readonly int[] LossNs = [1, 3, 5];
    internal const string Unassigned = "(none)";

    /// <summary>The default period: the latest complete quarter in the revenue data.</summary>
    public static FiscalQuarter DefaultPeriod(DataSet data, KamConfig config)
    {
        if (data.Revenue.Count == 0) throw new KamException("revenue has no valid rows: cannot choose a default period; pass --period", ExitCodes.Failed);
        var last = data.Revenue.Max(r => r.Date);
        return FiscalQuarter.LatestComplete(last, config.FiscalYearStart);
    }

    public static Portfolio Compute(DataSet data, KamConfig config, FiscalQuarter q)
    {
        var fy = config.FiscalYearStart;
        var o = q.Ordinal;
        var revenueBy = GroupBy(data.Revenue, r => r.AccountId);
        var surveysBy = GroupBy(data.Satisfaction, r => r.AccountId);
        var complaintsBy = GroupBy(data.Complaints, r => r.AccountId);
        var targetsBy = GroupBy(data.Targets, r => r.AccountId);
        var offersBy = GroupBy(data.Offers, r => r.AccountId);
        var walletBy = GroupBy(data.Wallet, r => r.AccountId);
        var contactsBy = GroupBy(data.Contacts, r => r.AccountId);
        var teamBy = GroupBy(data.Team, r => r.AccountId);
        var actionsBy = GroupBy(data.Actions, r => r.AccountId);
        var competitorsBy = GroupBy(data.Competitors, r => r.AccountId);
        var catalog = data.Revenue.Select(r => r.ProductLine).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

        // Pass 1: everything that depends on one account only.
        var partial = new List<(Account Account, AccountKpis Kpis, Dictionary<string, (decimal Ttm, decimal Prev, bool Bought, bool BoughtPrev)> Lines, QuarterPoint[] Quarters, int OrdersTtm, int Responses, decimal? WalletPrev, decimal? Projected, DateOnly? FirstRevenue)>();
        foreach (var account in data.Accounts.OrderBy(a => a.AccountId, StringComparer.Ordinal))
        {
            var id = account.AccountId;
            var lines = Get(revenueBy, id);
            var quarterRevenue = new decimal[8];
            decimal revenue = 0, prevQ = 0, prevY = 0, ttm = 0, ttmPrev = 0, gross = 0, returns = 0, cost = 0;
            var hasCost = false;
            var orderIds = new HashSet<string>(StringComparer.Ordinal);
            var orderIdsTtm = new HashSet<string>(StringComparer.Ordinal);
            int anonOrders = 0, anonOrdersTtm = 0;
            var byLine = new Dictionary<string, (decimal Ttm, decimal Prev, bool Bought, bool BoughtPrev)>(StringComparer.Ordinal);
            DateOnly? first = null;
            foreach (var r in lines)
            {
                var ro = FiscalQuarter.OrdinalOf(r.Date, fy);
                if (ro > o) continue; // after the period: not yet history
                if (first is null || r.Date < first) first = r.Date;
                var d = o - ro;
                if (d < 8) quarterRevenue[7 - d] += r.Amount;
                if (d == 0)
                {
                    revenue += r.Amount;
                    if (r.Amount > 0)
                    {
                        gross += r.Amount;
                        if (r.OrderId is null) anonOrders++; else orderIds.Add(r.OrderId);
                    }
                    else returns -= r.Amount;
                    if (r.CostToServe is { } c) { cost += c; hasCost = true; }
                }
                if (d == 1) prevQ += r.Amount;
                if (d == 4) prevY += r.Amount;
                if (d < 4)
                {
                    ttm += r.Amount;
                    if (r.Amount > 0) { if (r.OrderId is null) anonOrdersTtm++; else orderIdsTtm.Add(r.OrderId); }
                    var cur = byLine.GetValueOrDefault(r.ProductLine);
                    byLine[r.ProductLine] = (cur.Ttm + r.Amount, cur.Prev, cur.Bought || r.Amount > 0, cur.BoughtPrev);
                }
                else if (d < 8)
                {
                    ttmPrev += r.Amount;
                    var cur = byLine.GetValueOrDefault(r.ProductLine);
                    byLine[r.ProductLine] = (cur.Ttm, cur.Prev + r.Amount, cur.Bought, cur.BoughtPrev || r.Amount > 0);
                }
            }

            var bought = byLine.Where(kv => kv.Value.Bought).Select(kv => kv.Key).ToArray();
            var newLines = bought.Where(l => !byLine[l].BoughtPrev).ToArray();
            var crossSell = newLines.Sum(l => byLine[l].Ttm);

            var target = TargetFor(Get(targetsBy, id), o, fy);
            var quarterTargets = new decimal?[8];
            for (var i = 0; i < 8; i++) quarterTargets[i] = data.Targets is null ? null : TargetFor(Get(targetsBy, id), o - 7 + i, fy);

            int? offersMade = null, offersWon = null;
            double? acceptance = null;
            if (data.Offers is not null)
            {
                var inQ = Get(offersBy, id).Where(x => FiscalQuarter.OrdinalOf(x.Date, fy) == o).ToArray();
                offersMade = inQ.Length;
                offersWon = inQ.Count(x => x.Status == OfferStatus.Won);
                acceptance = Ratio(offersWon.Value, inQ.Count(x => x.Status is OfferStatus.Won or OfferStatus.Lost));
            }

            decimal? wallet = null, walletPrev = null;
            if (data.Wallet is not null)
            {
                var w = Get(walletBy, id);
                wallet = w.FirstOrDefault(x => x.Year == q.FiscalYear)?.EstimatedSpend;
                walletPrev = w.FirstOrDefault(x => x.Year == q.FiscalYear - 1)?.EstimatedSpend;
            }

            var surveys = Get(surveysBy, id);
            var ttmSurveys = surveys.Where(s => InWindow(s.Date, o, 0, 3, fy)).ToArray();
            var quarters = new QuarterPoint[8];
            for (var i = 0; i < 8; i++)
            {
                var qo = o - 7 + i;
                var inQuarter = surveys.Where(s => FiscalQuarter.OrdinalOf(s.Date, fy) == qo).ToArray();
                quarters[i] = new QuarterPoint(new FiscalQuarter(qo, fy).ToString(), quarterRevenue[i], quarterTargets[i],
                    Nps(inQuarter), SatisfactionIndex(inQuarter), Mean(inQuarter.Select(s => s.RelationshipStrength)), inQuarter.Length);
            }

            var end = q.End;
            int? opened = null, open = null;
            if (data.Complaints is not null)
            {
                var cs = Get(complaintsBy, id);
                opened = cs.Count(c => FiscalQuarter.OrdinalOf(c.Opened, fy) == o);
                open = cs.Count(c => c.Opened <= end && (c.Closed is null || c.Closed > end));
            }

            int? contactPoints = null, decisionMakers = null;
            if (data.Contacts is not null)
            {
                var cs = Get(contactsBy, id);
                var from = end.AddDays(-89);
                contactPoints = cs.Count(c => c.LastContact is { } lc && lc >= from && lc <= end);
                decisionMakers = cs.Count(c => c.Role == ContactRole.DecisionMaker);
            }

            int? due = null, overdue = null;
            double? completion = null;
            if (data.Actions is not null)
            {
                var dueItems = Get(actionsBy, id).Where(a => a.Status != ActionStatus.Cancelled && a.Due is { } dd && dd <= end).ToArray();
                due = dueItems.Length;
                overdue = dueItems.Count(a => IsOverdue(a, end));
                completion = Ratio(dueItems.Count(a => IsDone(a, end)), due.Value);
            }

            var kpis = new AccountKpis
            {
                Revenue = revenue,
                RevenuePrevQuarter = prevQ,
                RevenuePrevYear = prevY,
                GrowthQoq = Growth(revenue, prevQ),
                GrowthYoy = Growth(revenue, prevY),
                RevenueTtm = ttm,
                RevenueTtmPrev = ttmPrev,
                GrowthTtm = Growth(ttm, ttmPrev),
                GrossOrders = gross,
                Returns = returns,
                ReturnRate = Ratio(returns, gross),
                Orders = orderIds.Count + anonOrders,
                Target = target,
                Attainment = target is { } t ? Ratio(revenue, t) : null,
                OffersMade = offersMade,
                OffersWon = offersWon,
                OfferAcceptance = acceptance,
                ProductLines = bought.Length,
                NewProductLines = newLines.Length,
                CrossSellRevenue = crossSell,
                CrossSellShare = Ratio(crossSell, ttm),
                WhiteSpace = catalog.Count(l => !byLine.TryGetValue(l, out var v) || !v.Bought),
                Wallet = wallet,
                ShareOfWallet = wallet is { } w2 ? Ratio(ttm, w2) : null,
                WalletGrowth = wallet is { } w3 && walletPrev is { } wp ? Growth(w3, wp) : null,
                Nps = Nps(ttmSurveys),
                SatisfactionIndex = SatisfactionIndex(ttmSurveys),
                RelationshipStrength = Mean(ttmSurveys.Select(s => s.RelationshipStrength)),
                ComplaintsOpened = opened,
                ComplaintsOpen = open,
                ContactPoints = contactPoints,
                DecisionMakersCovered = decisionMakers,
                ActionsDue = due,
                ActionsOverdue = overdue,
                ActionCompletion = completion,
                CostToServeRatio = data.HasCostToServe && hasCost ? Ratio(cost, revenue) : null,
            };
            partial.Add((account, kpis, byLine, quarters, orderIdsTtm.Count + anonOrdersTtm, ttmSurveys.Length, walletPrev, Project(quarterRevenue, first, q), first));
        }

        // Pass 2: portfolio-relative figures (shares, ABC, headroom rank) and classifications.
        var totalTtm = partial.Sum(p => p.Kpis.RevenueTtm);
        var ranked = partial.OrderByDescending(p => p.Kpis.RevenueTtm).ThenBy(p => p.Account.AccountId, StringComparer.Ordinal).ToList();
        var abc = AssignAbc(ranked.Select(p => (p.Account.AccountId, p.Kpis.RevenueTtm)).ToList(), totalTtm, config);
        var headroomRank = HeadroomRank(partial.Where(p => p.Kpis.Wallet is not null).Select(p => (p.Account.AccountId, p.Kpis.Wallet!.Value - p.Kpis.RevenueTtm)).ToList());
        var industryBuyers = IndustryLineStats(partial.Select(p => (p.Account.Industry, p.Lines)).ToList());

        var results = new List<AccountResult>(partial.Count);
        foreach (var p in partial)
        {
            var id = p.Account.AccountId;
            var k = p.Kpis;
            var relationship = k.RelationshipStrength ?? (k.ShareOfWallet is { } sow ? Math.Clamp(sow * 5, 0, 5) : null);
            var potential = p.Account.GrowthPotential ?? (headroomRank.TryGetValue(id, out var hr) ? hr : null);
            var lifecycle = Lifecycle(p.FirstRevenue, k, q, fy, config);
            k = k with
            {
                RevenueShare = Ratio(k.RevenueTtm, totalTtm),
                AbcClass = abc[id],
                Lifecycle = lifecycle,
                Behaviour = p.OrdersTtm >= config.FrequentOrders ? "frequent" : p.OrdersTtm > 0 ? "occasional" : "none",
                Feedback = k.SatisfactionIndex is not { } si ? "unknown" : si >= config.SatisfiedIndex ? "satisfied" : si < config.DissatisfiedIndex ? "dissatisfied" : "neutral",
                PortfolioQuadrant = relationship is { } x && potential is { } y ? (x >= 3, y >= 3) switch
                {
                    (true, true) => "strategic",
                    (false, true) => "develop",
                    (true, false) => "maintain",
                    _ => "streamline",
                } : null,
            };
            var health = HealthComponents(k, config.HealthWeights);
            var totalWeight = health.Sum(h => h.Weight);
            double? score = totalWeight > 0 ? health.Sum(h => h.Score * h.Weight) / totalWeight : null;
            k = k with { HealthScore = score, HealthLight = score is not { } s2 ? HealthLight.Unknown : s2 >= config.HealthGreen ? HealthLight.Green : s2 >= config.HealthAmber ? HealthLight.Amber : HealthLight.Red };
            var isKey = p.Account.IsKeyAccount ?? config.KeyAccountClasses.Contains(k.AbcClass);
            var end = q.End;
            results.Add(new AccountResult
            {
                Account = p.Account,
                IsKeyAccount = isKey,
                Kpis = k,
                Quarters = p.Quarters,
                ProductLines = ProductLines(catalog, p.Lines, p.Account.Industry, id, industryBuyers),
                ProjectedNextQuarter = p.Projected,
                WalletPrevYear = p.WalletPrev,
                OrdersTtm = p.OrdersTtm,
                ResponsesTtm = p.Responses,
                RelationshipAxis = relationship,
                PotentialAxis = potential,
                Health = health,
                Risks = Risks(k, config),
                Complaints = Get(complaintsBy, id).OrderByDescending(c => c.Opened).ThenBy(c => c.ComplaintId, StringComparer.Ordinal).ToArray(),
                Contacts = Get(contactsBy, id).OrderBy(c => c.Role ?? (ContactRole)99).ThenBy(c => c.Influence ?? (Influence)99).ThenBy(c => c.Name, StringComparer.Ordinal).ToArray(),
                Team = Get(teamBy, id),
                Actions = Get(actionsBy, id).OrderBy(a => a.Due ?? DateOnly.MaxValue).ThenBy(a => a.Action, StringComparer.Ordinal)
                    .Select(a => new ActionStatusView(a, a.Status != ActionStatus.Cancelled && a.Due is { } dd && dd <= end && IsOverdue(a, end))).ToArray(),
                Competitors = Get(competitorsBy, id).OrderByDescending(c => c.EstimatedShare ?? -1).ThenBy(c => c.Competitor, StringComparer.Ordinal).ToArray(),
                RecentComments = Get(surveysBy, id).Where(s => s.Comment is not null && InWindow(s.Date, o, 0, 3, fy)).OrderByDescending(s => s.Date).Take(5).ToArray(),
            });
        }

        var byId = results.ToDictionary(r => r.Account.AccountId, StringComparer.Ordinal);
        var rankedResults = ranked.Select(p => byId[p.Account.AccountId]).ToArray();
        var availability = new DataAvailability(data.Complaints is not null, data.Targets is not null, data.Offers is not null, data.Wallet is not null,
            data.Contacts is not null, data.Team is not null, data.Actions is not null, data.Competitors is not null, data.HasCostToServe);
        return new Portfolio
        {
            Period = q,
            Config = config,
            Accounts = results,
            Ranked = rankedResults,
            Abc = Ranking(rankedResults, totalTtm),
            Totals = Totals(results, data.Targets is not null),
            Quarters = QuarterSeries(results),
            Segments = Segments(results, totalTtm),
            Concentration = ConcentrationOf(rankedResults, totalTtm),
            LossScenarios = LossNs.Select(n => Loss(rankedResults, totalTtm, n)).ToArray(),
            HealthCheck = Check(results, availability),
            Catalog = catalog,
            Availability = availability,
        };
    }

    // kpis.md, targets: quarter targets match; monthly targets are summed into their quarter; a fiscal
    // year's target is spread evenly over its four quarters. Targets for all lines win over per-line ones
    // (summing both would count the budget twice); without an all-lines target the per-line ones add up.
    internal static decimal? TargetFor(IReadOnlyList<Target> targets, int ordinal, int fy)
    {
        decimal? all = null, perLine = null;
        foreach (var t in targets)
        {
            decimal? part = null;
            var p = t.Period;
            if (p.Quarter is { } pq) { if (p.Year * 4 + pq - 1 == ordinal) part = t.Amount; }
            else if (p.Month is { } pm) { if (FiscalQuarter.OrdinalOf(new DateOnly(p.Year, pm, 1), fy) == ordinal) part = t.Amount; }
            else if ((int)Math.Floor(ordinal / 4.0) == p.Year) part = t.Amount / 4;
            if (part is null) continue;
            if (t.ProductLine is null) all = (all ?? 0) + part;
            else perLine = (perLine ?? 0) + part;
        }
        return all ?? perLine;
    }

    internal static bool IsDone(ActionItem a, DateOnly end) => a.Status == ActionStatus.Done && (a.Completed is null || a.Completed <= end);

    // kpis.md actions_overdue: due by quarter end and not done by then, or done after its due date.
    internal static bool IsOverdue(ActionItem a, DateOnly end) =>
        !IsDone(a, end) || (a.Completed is { } c && a.Due is { } d && c > d);

    internal static double? Nps(IReadOnlyCollection<SurveyResponse> responses)
    {
        int n = 0, promoters = 0, detractors = 0;
        foreach (var r in responses)
        {
            if (r.Nps is not { } v) continue;
            n++;
            if (v >= 9) promoters++;
            else if (v <= 6) detractors++;
        }
        return n == 0 ? null : (promoters - detractors) * 100.0 / n;
    }

    internal static double? SatisfactionIndex(IReadOnlyCollection<SurveyResponse> responses) =>
        Mean(responses.Select(r => r.Csat)) is { } m ? (m - 1) / 4 * 100 : null;

    private static string Lifecycle(DateOnly? first, AccountKpis k, FiscalQuarter q, int fy, KamConfig config)
    {
        if (first is null) return "prospect";
        var firstOrdinal = FiscalQuarter.OrdinalOf(first.Value, fy);
        if (firstOrdinal > q.Ordinal - 4) return "new";
        if (k.ProductLines == 0 && k.RevenueTtm <= 0) return "lost";
        if (k.GrowthTtm is { } g && g < config.DecliningGrowth) return "declining";
        return "active";
    }

    private static List<HealthComponent> HealthComponents(AccountKpis k, HealthWeights w)
    {
        var list = new List<HealthComponent>();
        void Add(string key, double? score, double weight)
        {
            if (score is { } s && weight > 0) list.Add(new HealthComponent(key, Math.Clamp(s, 0, 100), weight));
        }
        Add("growth_yoy", k.GrowthYoy is { } g ? (g + 0.2) / 0.4 * 100 : null, w.GrowthYoy);
        Add("attainment", k.Attainment is { } a ? (a - 0.7) / 0.4 * 100 : null, w.Attainment);
        Add("satisfaction_index", k.SatisfactionIndex, w.SatisfactionIndex);
        Add("nps", k.Nps is { } n ? (n + 100) / 2 : null, w.Nps);
        Add("complaints_open", k.ComplaintsOpen is { } c ? 100 - c * 100.0 / 3 : null, w.ComplaintsOpen);
        Add("action_completion", k.ActionCompletion is { } ac ? ac * 100 : null, w.ActionCompletion);
        return list;
    }

    private static List<Risk> Risks(AccountKpis k, KamConfig config)
    {
        var risks = new List<Risk>();
        if (k.GrowthYoy is { } g && g < 0) risks.Add(new Risk(RiskKind.DecliningRevenue, g));
        else if (k.Lifecycle == "declining" && k.GrowthTtm is { } gt) risks.Add(new Risk(RiskKind.DecliningRevenue, gt));
        if (k.ComplaintsOpen is > 0) risks.Add(new Risk(RiskKind.OpenComplaints, k.ComplaintsOpen.Value));
        if (k.ActionsOverdue is > 0) risks.Add(new Risk(RiskKind.OverdueActions, k.ActionsOverdue.Value));
        if (k.ShareOfWallet is { } s && s < config.LowShareOfWallet) risks.Add(new Risk(RiskKind.LowShareOfWallet, s));
        if (k.HealthLight == HealthLight.Red) risks.Add(new Risk(RiskKind.RedHealth, k.HealthScore ?? 0));
        return risks;
    }

    internal static Dictionary<string, string> AssignAbc(IReadOnlyList<(string Id, decimal Ttm)> ranked, decimal total, KamConfig config)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var n = ranked.Count;
        if (config.AbcRule == AbcRule.Count)
        {
            // Ranks 1..ceil(a*n) are A, up to ceil(b*n) B, the rest C. The small epsilon keeps 0.2*10 at 2, not 3.
            var aMax = (int)Math.Ceiling(config.AbcA * n - 1e-9);
            var bMax = (int)Math.Ceiling(config.AbcB * n - 1e-9);
            for (var i = 0; i < n; i++) result[ranked[i].Id] = i < aMax ? "A" : i < bMax ? "B" : "C";
            return result;
        }
        decimal cumulative = 0;
        foreach (var (id, ttm) in ranked)
        {
            cumulative += ttm;
            var share = total > 0 ? (double)(cumulative / total) : double.PositiveInfinity;
            result[id] = share <= config.AbcA + 1e-12 ? "A" : share <= config.AbcB + 1e-12 ? "B" : "C";
        }
        return result;
    }

    // Potential fallback (kpis.md, quadrant): rank by wallet headroom scaled to 1-5, largest headroom = 5.
    private static Dictionary<string, double> HeadroomRank(List<(string Id, decimal Headroom)> items)
    {
        var sorted = items.OrderBy(i => i.Headroom).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < sorted.Count; i++) result[sorted[i].Id] = sorted.Count == 1 ? 3 : 1 + 4.0 * i / (sorted.Count - 1);
        return result;
    }

    private static Dictionary<(string Industry, string Line), (decimal Sum, int Buyers)> IndustryLineStats(
        List<(string? Industry, Dictionary<string, (decimal Ttm, decimal Prev, bool Bought, bool BoughtPrev)> Lines)> accounts)
    {
        var result = new Dictionary<(string, string), (decimal, int)>();
        foreach (var (industry, lines) in accounts)
        {
            if (industry is null) continue;
            foreach (var (line, v) in lines)
            {
                if (!v.Bought) continue;
                var cur = result.GetValueOrDefault((industry, line));
                result[(industry, line)] = (cur.Item1 + v.Ttm, cur.Item2 + 1);
            }
        }
        return result;
    }

    private static ProductLineStat[] ProductLines(IReadOnlyList<string> catalog, Dictionary<string, (decimal Ttm, decimal Prev, bool Bought, bool BoughtPrev)> lines, string? industry, string id,
        Dictionary<(string Industry, string Line), (decimal Sum, int Buyers)> industryStats)
    {
        return catalog.Select(line =>
        {
            var v = lines.GetValueOrDefault(line);
            var status = !v.Bought ? ProductLineStatus.NotBought : v.BoughtPrev ? ProductLineStatus.Bought : ProductLineStatus.New;
            decimal? peer = null;
            var buyers = 0;
            if (status == ProductLineStatus.NotBought && industry is not null && industryStats.TryGetValue((industry, line), out var s) && s.Buyers > 0)
            {
                peer = Math.Round(s.Sum / s.Buyers, 2);
                buyers = s.Buyers;
            }
            return new ProductLineStat(line, v.Ttm, v.Prev, status, peer, buyers);
        }).OrderBy(p => p.Status).ThenByDescending(p => p.RevenueTtm).ThenByDescending(p => p.PeerRevenue ?? 0).ThenBy(p => p.Name, StringComparer.Ordinal).ToArray();
    }

    // Least-squares line through the quarters since the first revenue (at most 8), one quarter ahead, floored at 0.
    internal static decimal? Project(decimal[] quarterRevenue, DateOnly? first, FiscalQuarter q)
    {
        if (first is null) return null;
        var startIndex = Math.Max(0, 7 - (q.Ordinal - FiscalQuarter.OrdinalOf(first.Value, q.FiscalYearStart)));
        var n = 8 - startIndex;
        if (n < 2) return null;
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (var i = startIndex; i < 8; i++)
        {
            double x = i - startIndex, y = (double)quarterRevenue[i];
            sx += x; sy += y; sxx += x * x; sxy += x * y;
        }
        var slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        var intercept = (sy - slope * sx) / n;
        var projected = intercept + slope * n;
        return Math.Round((decimal)Math.Max(0, projected), 2);
    }

    private static AbcEntry[] Ranking(IReadOnlyList<AccountResult> ranked, decimal total)
    {
        var entries = new AbcEntry[ranked.Count];
        decimal cumulative = 0;
        for (var i = 0; i < ranked.Count; i++)
        {
            cumulative += ranked[i].Kpis.RevenueTtm;
            entries[i] = new AbcEntry(ranked[i], i + 1, ranked[i].Kpis.RevenueShare, Ratio(cumulative, total));
        }
        return entries;
    }

    /// <summary>Sums and growth over a set of accounts (the portfolio, or one sponsor's accounts).</summary>
    public static PortfolioTotals Totals(IReadOnlyList<AccountResult> results, bool hasTargets)
    {
        decimal Sum(Func<AccountKpis, decimal> f) => results.Sum(r => f(r.Kpis));
        var revenue = Sum(k => k.Revenue);
        var prevQ = Sum(k => k.RevenuePrevQuarter);
        var prevY = Sum(k => k.RevenuePrevYear);
        var ttm = Sum(k => k.RevenueTtm);
        var ttmPrev = Sum(k => k.RevenueTtmPrev);
        var withTarget = results.Where(r => r.Kpis.Target is not null).ToArray();
        decimal? target = hasTargets && withTarget.Length > 0 ? withTarget.Sum(r => r.Kpis.Target!.Value) : null;
        return new PortfolioTotals(results.Count, results.Count(r => r.IsKeyAccount), revenue, prevQ, prevY, ttm, ttmPrev,
            Growth(revenue, prevQ), Growth(revenue, prevY), Growth(ttm, ttmPrev), target,
            target is { } t ? Ratio(withTarget.Sum(r => r.Kpis.Revenue), t) : null,
            Mean(results.Select(r => r.Kpis.Nps)), Mean(results.Select(r => r.Kpis.HealthScore)),
            results.Count(r => r.Kpis.HealthLight == HealthLight.Green), results.Count(r => r.Kpis.HealthLight == HealthLight.Amber), results.Count(r => r.Kpis.HealthLight == HealthLight.Red));
    }

    /// <summary>The 8-quarter revenue and target series summed over a set of accounts.</summary>
    public static QuarterPoint[] QuarterSeries(IReadOnlyList<AccountResult> results)
    {
        var points = new QuarterPoint[8];
        for (var i = 0; i < 8; i++)
        {
            var targets = results.Select(r => r.Quarters[i].Target).Where(t => t is not null).ToArray();
            points[i] = new QuarterPoint(results.Count > 0 ? results[0].Quarters[i].Label : "", results.Sum(r => r.Quarters[i].Revenue),
                targets.Length > 0 ? targets.Sum() : null, null, null, null, results.Sum(r => r.Quarters[i].Responses));
        }
        return points;
    }

    internal static string DimensionValue(AccountResult r, string dimension) => dimension switch
    {
        "region" => r.Account.Region ?? Unassigned,
        "industry" => r.Account.Industry ?? Unassigned,
        "customer_type" => r.Account.CustomerType ?? Unassigned,
        "abc_class" => r.Kpis.AbcClass,
        "lifecycle" => r.Kpis.Lifecycle,
        "behaviour" => r.Kpis.Behaviour,
        "feedback" => r.Kpis.Feedback,
        "quadrant" => r.Kpis.PortfolioQuadrant ?? Unassigned,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    private static List<SegmentSummary> Segments(IReadOnlyList<AccountResult> results, decimal totalTtm)
    {
        var list = new List<SegmentSummary>();
        foreach (var dim in Dimensions)
        {
            foreach (var g in results.GroupBy(r => DimensionValue(r, dim), StringComparer.Ordinal)
                         .OrderByDescending(g => g.Sum(r => r.Kpis.RevenueTtm)).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                var revenue = g.Sum(r => r.Kpis.Revenue);
                var prevY = g.Sum(r => r.Kpis.RevenuePrevYear);
                var ttm = g.Sum(r => r.Kpis.RevenueTtm);
                list.Add(new SegmentSummary(dim, g.Key, g.Count(), revenue, ttm, Growth(revenue, prevY), Ratio(ttm, totalTtm), Mean(g.Select(r => r.Kpis.Nps))));
            }
        }
        return list;
    }

    private static Concentration ConcentrationOf(IReadOnlyList<AccountResult> ranked, decimal total)
    {
        if (total <= 0) return new Concentration(null, null, null, null);
        double Top(int n) => (double)(ranked.Take(n).Sum(r => r.Kpis.RevenueTtm) / total);
        var hhi = ranked.Sum(r => Math.Pow((double)(r.Kpis.RevenueTtm / total), 2)) * 10_000;
        return new Concentration(Top(1), Top(5), Top(10), hhi);
    }

    private static LossScenario Loss(IReadOnlyList<AccountResult> ranked, decimal total, int n)
    {
        var lost = ranked.Where(r => r.IsKeyAccount).Take(n).ToArray();
        var lostRevenue = lost.Sum(r => r.Kpis.RevenueTtm);
        return new LossScenario(n, lost.Select(r => r.Account.AccountId).ToArray(), lostRevenue, total - lostRevenue, total > 0 ? (double)(lostRevenue / total) : null);
    }

    /// <summary>KAM health check over the key accounts of a set of accounts.</summary>
    public static HealthCheck Check(IReadOnlyList<AccountResult> results, DataAvailability a)
    {
        var keys = results.Where(r => r.IsKeyAccount).ToArray();
        double? Share(bool available, Func<AccountResult, bool> has) => available && keys.Length > 0 ? (double)keys.Count(has) / keys.Length : null;
        return new HealthCheck(keys.Length,
            Share(a.Actions, r => r.Actions.Count > 0),
            Share(a.Contacts, r => r.Kpis.DecisionMakersCovered > 0),
            Share(a.Contacts, r => r.Kpis.ContactPoints > 0),
            Share(true, r => r.ResponsesTtm > 0),
            Share(a.Targets, r => r.Kpis.Target is not null));
    }

    private static bool InWindow(DateOnly date, int o, int fromBack, int toBack, int fy)
    {
        var d = o - FiscalQuarter.OrdinalOf(date, fy);
        return d >= fromBack && d <= toBack;
    }

    internal static double? Growth(decimal current, decimal previous) => previous == 0 ? null : (double)(current / previous) - 1;
    internal static double? Ratio(decimal numerator, decimal denominator) => denominator == 0 ? null : (double)(numerator / denominator);
    internal static double? Ratio(int numerator, int denominator) => denominator == 0 ? null : (double)numerator / denominator;

    internal static double? Mean(IEnumerable<double?> values)
    {
        double sum = 0;
        var n = 0;
        foreach (var v in values)
        {
            if (v is not { } x) continue;
            sum += x;
            n++;
        }
        return n == 0 ? null : sum / n;
    }

    private static Dictionary<string, List<T>> GroupBy<T>(IReadOnlyList<T>? items, Func<T, string> key)
    {
        var d = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        if (items is null) return d;
        foreach (var item in items)
        {
            var k = key(item);
            if (!d.TryGetValue(k, out var list)) d[k] = list = [];
            list.Add(item);
        }
        return d;
    }

    private static IReadOnlyList<T> Get<T>(Dictionary<string, List<T>> d, string key) => d.TryGetValue(key, out var l) ? l : [];
}
