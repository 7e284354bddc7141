namespace KamReports.Compute;

/// <summary>Risks flagged for an account (plan summary) and the reasons an account is an exception (packs).</summary>
public enum RiskKind { DecliningRevenue, RevenueDown, OpenComplaints, OverdueActions, LowShareOfWallet, RedHealth }
