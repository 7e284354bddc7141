namespace KamReports.Documents.ReviewPack;

/// <summary>Loss scenario: losing the top N key accounts.</summary>
public sealed record LossView(int N, IReadOnlyList<string> Accounts, decimal Lost, decimal Remaining, double? Drop);
