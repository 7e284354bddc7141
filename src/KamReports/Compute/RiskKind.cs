namespace KamReports.Compute;

/// <summary>Risks flagged in the executive summary (outputs.md, section 2).</summary>
public enum RiskKind { DecliningRevenue, OpenComplaints, OverdueActions, LowShareOfWallet, RedHealth }
