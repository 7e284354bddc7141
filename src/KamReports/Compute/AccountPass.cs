using KamReports.Config;
using KamReports.Records;
using static KamReports.Compute.Formulas;

namespace KamReports.Compute;

/// <summary>
/// Pass 1 of the Compute stage: every KPI of kpis.md that depends on one account's own rows. An optional
/// file that is absent leaves its KPIs missing (null), never 0.
/// </summary>
internal static class AccountPass
{
    public static AccountDraft Run(Account account, RecordIndex index, IReadOnlyList<string> catalog, FiscalQuarter q)
    {
        var id = account.AccountId;
        var fy = q.FiscalYearStart;
        var o = q.Ordinal;
        var end = q.End;
        var data = index.Data;
        var rev = RevenueFigures.Of(index.Revenue[id], index.Orders[id], q);
        var targets = index.Targets[id];
        var target = TargetSchedule.For(targets, o, fy);
        var surveys = index.Surveys[id].ToArray();
        var ttmSurveys = surveys.Where(s => QuartersBack(s.Date, q) is >= 0 and <= 3).ToArray();
        var quarters = new QuarterPoint[8];
        for (var i = 0; i < 8; i++)
        {
            var qo = o - 7 + i;
            var inQuarter = surveys.Where(s => FiscalQuarter.OrdinalOf(s.Date, fy) == qo).ToArray();
            var quarterTarget = data.Targets is null ? null : TargetSchedule.For(targets, qo, fy);
            quarters[i] = new QuarterPoint(new FiscalQuarter(qo, fy).ToString(), rev.Quarters[i], quarterTarget,
                Nps(inQuarter), SatisfactionIndex(inQuarter), Mean(inQuarter.Select(s => s.RelationshipStrength)), inQuarter.Length)
            { RevenueWithTarget = quarterTarget is null ? 0 : rev.Quarters[i] };
        }

        var bought = rev.Lines.Where(kv => kv.Value.Bought).Select(kv => kv.Key).ToArray();
        var newLines = bought.Where(l => !rev.Lines[l].BoughtPrev).ToArray();
        var crossSell = newLines.Sum(l => rev.Lines[l].Ttm);
        var walletRows = index.Wallet[id].ToArray();
        decimal? wallet = data.Wallet is null ? null : walletRows.FirstOrDefault(x => x.Year == q.FiscalYear)?.EstimatedSpend;
        decimal? walletPrev = data.Wallet is null ? null : walletRows.FirstOrDefault(x => x.Year == q.FiscalYear - 1)?.EstimatedSpend;
        var offers = data.Offers is null ? null : index.Offers[id].Where(x => FiscalQuarter.OrdinalOf(x.Date, fy) == o).ToArray();
        var complaints = data.Complaints is null ? null : index.Complaints[id].ToArray();
        var contacts = data.Contacts is null ? null : index.Contacts[id].ToArray();
        var due = data.Actions is null ? null : index.Actions[id].Where(a => IsDue(a, end)).ToArray();
        var whiteSpace = catalog.Where(l => !rev.Lines.TryGetValue(l, out var v) || !v.Bought).ToArray();
        var pipeline = SalesPipeline.Of(data.Offers is null ? null : index.Offers[id].ToArray(), whiteSpace, q);
        var value = data.ValuePropositions is null ? null : index.ValuePropositions[id].ToArray();
        var quantified = value?.Where(v => v.QuantifiedValue is not null).ToArray();
        decimal? valueQuantified = quantified is { Length: > 0 } ? quantified.Sum(v => v.QuantifiedValue!.Value) : null;
        decimal? headroom = wallet is { } w0 ? Math.Max(0, w0 - rev.Ttm) : null;

        var kpis = new AccountKpis
        {
            Revenue = rev.Revenue,
            RevenuePrevQuarter = rev.PrevQuarter,
            RevenuePrevYear = rev.PrevYear,
            GrowthQoq = Growth(rev.Revenue, rev.PrevQuarter),
            GrowthYoy = Growth(rev.Revenue, rev.PrevYear),
            RevenueTtm = rev.Ttm,
            RevenueTtmPrev = rev.TtmPrev,
            GrowthTtm = Growth(rev.Ttm, rev.TtmPrev),
            GrossOrders = rev.Gross,
            Returns = rev.Returns,
            ReturnRate = Ratio(rev.Returns, rev.Gross),
            Orders = rev.Orders,
            Target = target,
            Attainment = Attainment(rev.Revenue, target),
            OffersMade = offers?.Length,
            OffersWon = offers?.Count(x => x.Status == OfferStatus.Won),
            OfferAcceptance = offers is null ? null : Ratio(offers.Count(x => x.Status == OfferStatus.Won),
                offers.Count(x => x.Status is OfferStatus.Won or OfferStatus.Lost)),
            ProductLines = bought.Length,
            NewProductLines = newLines.Length,
            CrossSellRevenue = crossSell,
            CrossSellShare = Ratio(crossSell, rev.Ttm),
            WhiteSpace = whiteSpace.Length,
            Wallet = wallet,
            ShareOfWallet = wallet is { } w ? Ratio(rev.Ttm, w) : null,
            WalletGrowth = wallet is { } w2 && walletPrev is { } wp ? Growth(w2, wp) : null,
            Nps = Nps(ttmSurveys),
            SatisfactionIndex = SatisfactionIndex(ttmSurveys),
            RelationshipStrength = Mean(ttmSurveys.Select(s => s.RelationshipStrength)),
            ComplaintsOpened = complaints?.Count(c => FiscalQuarter.OrdinalOf(c.Opened, fy) == o),
            ComplaintsOpen = complaints?.Count(c => c.Opened <= end && (c.Closed is null || c.Closed > end)),
            ContactPoints = contacts?.Count(c => c.LastContact is { } lc && lc >= end.AddDays(-89) && lc <= end),
            DecisionMakersCovered = contacts?.Count(c => c.Role == ContactRole.DecisionMaker),
            ActionsDue = due?.Length,
            ActionsOverdue = due?.Count(a => IsOverdue(a, end)),
            ActionCompletion = due is null ? null : Ratio(due.Count(a => IsDone(a, end)), due.Length),
            CostToServeRatio = data.HasCostToServe && rev.HasCost ? Ratio(rev.Cost, rev.Revenue) : null,
            PipelineValue = pipeline?.Value,
            WeightedPipeline = pipeline?.Weighted,
            WalletHeadroom = headroom,
            PipelineCoverage = pipeline is { } pl && headroom is { } h ? Ratio(pl.Value, h) : null,
            WhiteSpaceCovered = pipeline is { } pw ? Ratio(pw.WhiteSpaceLines, whiteSpace.Length) : null,
            ProactiveShare = offers is null ? null : Ratio(offers.Count(x => x.Source == OfferSource.Proactive),
                offers.Count(x => x.Source is not null)),
            ValueQuantified = valueQuantified,
            ValueMultiple = valueQuantified is { } vqs ? Ratio(vqs, rev.Ttm) : null,
            ValueAdvantage = value is null ? null : ValueAdvantage(value),
            IndirectShare = data.Partners is null ? null : Math.Min(1, index.Partners[id].Sum(x => x.Share ?? 0)),
        };
        var tally = new NpsTally(ttmSurveys.Count(s => s.Nps >= 9), ttmSurveys.Count(s => s.Nps <= 6),
            ttmSurveys.Count(s => s.Nps is not null));
        return new AccountDraft(account, kpis, rev, quarters, ttmSurveys.Length, walletPrev, tally) { OpenOffers = pipeline?.Open ?? [],
            QuarterOffers = offers?.OrderBy(x => x.Date).ThenBy(x => x.OfferId, StringComparer.Ordinal).ToArray() ?? [] };
    }

    // kpis.md value_advantage: importance-weighted mean of (our_rating - competitor_rating) over elements with both
    // ratings; an element without importance weighs 3 (the middle of the 1-5 scale).
    private static double? ValueAdvantage(IEnumerable<ValueProposition> elements)
    {
        double sum = 0, weights = 0;
        foreach (var e in elements)
        {
            if (e.OurRating is not { } ours || e.CompetitorRating is not { } theirs) continue;
            var w = e.Importance ?? 3;
            sum += w * (ours - theirs);
            weights += w;
        }
        return weights > 0 ? sum / weights : null;
    }

    /// <summary>How many quarters before Q the date lies (0 = in Q; negative = after Q).</summary>
    public static int QuartersBack(DateOnly date, FiscalQuarter q) => q.Ordinal - FiscalQuarter.OrdinalOf(date, q.FiscalYearStart);
}
