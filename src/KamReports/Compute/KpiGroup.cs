namespace KamReports.Compute;

/// <summary>Scorecard groups of the account plan (outputs.md, section 11).</summary>
public enum KpiGroup { Customer, AccountPlan, AccountTeam, Process, Classification }
