namespace KamReports.Documents.AccountPlan;

/// <summary>A product line for one account: TTM revenue, status (bought, new, not_bought) and what industry peers spend on it.</summary>
public sealed record ProductLineView(string Name, decimal RevenueTtm, decimal RevenueTtmPrev, string Status, decimal? PeerRevenue,
    int PeersBuying);
