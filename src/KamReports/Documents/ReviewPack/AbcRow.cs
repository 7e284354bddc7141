namespace KamReports.Documents.ReviewPack;

/// <summary>A row of the ABC table: rank by revenue_ttm, share and cumulative share.</summary>
public sealed record AbcRow(int Rank, string Id, string Name, decimal RevenueTtm, double? Share, double? Cumulative, string Class,
    bool IsKeyAccount);
