namespace KamReports.Compute;

/// <summary>The risks of an account (kpis.md, "Risks and exceptions"), in the order they are listed.</summary>
public enum RiskKind
{
    /// <summary>No orders this quarter: revenue of Q at or below 0 while the quarter before or a year before had some (value: revenue of Q).</summary>
    NoOrders,
    /// <summary>A `declining` lifecycle whose growth_ttm is positive: the classes contradict the figures, a data problem (value:
    /// growth_ttm).</summary>
    LifecycleContradicts,
    /// <summary>Health light red (value: the score).</summary>
    RedHealth,
    /// <summary>growth_ttm below the declining threshold, last 12 months vs the 12 before (value: growth_ttm).</summary>
    DecliningRevenue,
    /// <summary>Attainment below 90% this quarter (value: attainment).</summary>
    LowAttainment,
    /// <summary>Overdue actions at the end of the quarter, done late included (value: count).</summary>
    OverdueActions,
    /// <summary>High-severity complaints open at the end of the quarter (value: count).</summary>
    HighSeverityComplaints,
    /// <summary>No survey response in the last 12 months.</summary>
    NoSurvey,
    /// <summary>No contact point in the 90 days to the end of the quarter.</summary>
    NoRecentContact,
    /// <summary>A decision maker whose stance is detractor (value: how many).</summary>
    DetractorDecisionMaker,
    /// <summary>No target for the quarter.</summary>
    NoTarget,
    /// <summary>Competitors' estimated shares plus our share of wallet above 105%: a data problem (value: the total).</summary>
    SharesAbove100,
    /// <summary>An objective whose status is off track (value: how many).</summary>
    ObjectiveOffTrack,
    /// <summary>A key account of at least 5% of revenue with fewer than half of its programme's exit barriers in place (value: tactics
    /// in place, of: applicable).</summary>
    EasyToLeave,
}
