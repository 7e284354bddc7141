namespace KamReports.Compute;

/// <summary>
/// A catalog product line seen from one account: its TTM revenue, whether it is bought, new or white space,
/// and for white space what peers in the same industry spend on it (mean TTM revenue per buying peer).
/// </summary>
public sealed record ProductLineStat(string Name, decimal RevenueTtm, decimal RevenueTtmPrev, ProductLineStatus Status,
    decimal? PeerRevenue, int PeersBuying);
