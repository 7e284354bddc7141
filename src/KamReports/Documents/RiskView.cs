namespace KamReports.Documents;

/// <summary>A flagged risk: its kind (declining_revenue, open_complaints, overdue_actions, low_share_of_wallet, red_health), the figure and
/// a ready sentence.</summary>
public sealed record RiskView(string Kind, double? Value, string Text);
