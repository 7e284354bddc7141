namespace KamReports.Documents.AccountPlan;

/// <summary>A survey comment (latest first).</summary>
public sealed record CommentView(DateOnly Date, string? Respondent, int? Nps, string Comment);
