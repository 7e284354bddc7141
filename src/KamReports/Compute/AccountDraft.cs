using KamReports.Records;

namespace KamReports.Compute;

/// <summary>An account after the first pass: the figures that need its own rows only.</summary>
internal sealed record AccountDraft(Account Account, AccountKpis Kpis, RevenueFigures Revenue, QuarterPoint[] Quarters, int ResponsesTtm,
    decimal? WalletPrev, NpsTally Nps)
{
    public IReadOnlyList<Offer> OpenOffers { get; init; } = [];
    public IReadOnlyList<Offer> QuarterOffers { get; init; } = [];
}
