namespace KamReports.Compute;

/// <summary>An account's place in the ABC ranking: rank by revenue_ttm, its share and the cumulative share up to it.</summary>
public sealed record AbcEntry(AccountResult Account, int Rank, double? Share, double? Cumulative);
