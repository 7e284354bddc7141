namespace KamReports.Documents.ReviewPack;

/// <summary>Something due next quarter: an open offer or renewal expected to close (kind offer, renewal) or an objective due (kind
/// objective), with date, account and value.</summary>
public sealed record ComingUpRow(DateOnly Date, string Kind, string AccountId, string Account, string What, decimal? Value,
    double? Probability);
