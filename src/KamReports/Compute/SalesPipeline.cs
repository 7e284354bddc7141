using KamReports.Records;

namespace KamReports.Compute;

/// <summary>
/// kpis.md pipeline figures of one account: open offers dated on or before the end of Q, their value,
/// the probability-weighted value (over the offers that have a probability) and the white-space lines they cover.
/// </summary>
internal sealed record SalesPipeline(IReadOnlyList<Offer> Open, decimal Value, decimal? Weighted, int WhiteSpaceLines)
{
    /// <summary>Null without an offers file (pipeline missing); an empty pipeline has value 0.</summary>
    public static SalesPipeline? Of(IReadOnlyList<Offer>? offers, IReadOnlyList<string> whiteSpace, FiscalQuarter q)
    {
        if (offers is null) return null;
        var open = offers.Where(o => o.Status == OfferStatus.Open && o.Date <= q.End)
            .OrderBy(o => o.ExpectedClose ?? DateOnly.MaxValue).ThenByDescending(o => o.Value ?? 0).ThenBy(o => o.OfferId,
                StringComparer.Ordinal).ToArray();
        var withProbability = open.Where(o => o.Probability is not null).ToArray();
        var covered = open.Select(o => o.ProductLine).OfType<string>().Where(whiteSpace.Contains).Distinct(StringComparer.Ordinal).Count();
        return new SalesPipeline(open, open.Sum(o => o.Value ?? 0), withProbability.Length == 0 ? null
            : withProbability.Sum(o => (o.Value ?? 0) * (decimal)o.Probability!.Value), covered);
    }
}
