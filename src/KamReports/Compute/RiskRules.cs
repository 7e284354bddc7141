using KamReports.Config;
using KamReports.Records;

namespace KamReports.Compute;

/// <summary>kpis.md "Risks and exceptions": the risks of one account, in the order of the spec, each naming its window.</summary>
public static class RiskRules
{
    /// <summary>kpis.md: revenue of Q at or below 0 while the quarter before or the same quarter a year before had revenue.</summary>
    public static bool NoOrders(AccountKpis k) => k.Revenue <= 0 && (k.RevenuePrevQuarter > 0 || k.RevenuePrevYear > 0);

    /// <summary>kpis.md: a `declining` account or segment whose growth_ttm is positive (a declining threshold configured above 0, or
    /// classes taken from elsewhere): the label contradicts the figure, named as a data problem.</summary>
    public static bool LifecycleContradicts(string? lifecycle, double? growthTtm) => lifecycle == "declining" && growthTtm is > 0;

    /// <summary>Competitors' shares plus ours above this is not a market, it is a data problem.</summary>
    public const double MaxPlausibleShares = 1.05;

    public static List<Risk> Risks(AccountKpis k, IReadOnlyList<Complaint> complaints, IReadOnlyList<Contact> contacts,
        IReadOnlyList<CompetitorPosition> competitors,
        int responsesTtm, IReadOnlyList<ObjectiveResult> objectives, DataSet data, FiscalQuarter q, KamConfig config)
    {
        var end = q.End;
        var risks = new List<Risk>();
        void Add(RiskKind kind, double? value = null) => risks.Add(new Risk(kind, value));
        if (NoOrders(k)) Add(RiskKind.NoOrders, (double)k.Revenue);
        if (LifecycleContradicts(k.Lifecycle, k.GrowthTtm)) Add(RiskKind.LifecycleContradicts, k.GrowthTtm);
        if (k.HealthLight == HealthLight.Red) Add(RiskKind.RedHealth, k.HealthScore);
        if (k.GrowthTtm is { } g && g < config.DecliningGrowth) Add(RiskKind.DecliningRevenue, g);
        if (k.Attainment is { } a && a < 0.9) Add(RiskKind.LowAttainment, a);
        if (k.ActionsOverdue is > 0) Add(RiskKind.OverdueActions, k.ActionsOverdue);
        var high = complaints.Count(c => c.Severity == Severity.High && c.Opened <= end && (c.Closed is null || c.Closed > end));
        if (high > 0) Add(RiskKind.HighSeverityComplaints, high);
        if (data.Satisfaction.Count > 0 && responsesTtm == 0) Add(RiskKind.NoSurvey);
        if (data.Contacts is { Count: > 0 } && k.ContactPoints == 0) Add(RiskKind.NoRecentContact);
        var detractors = contacts.Count(c => c.Role == ContactRole.DecisionMaker && c.Stance == Stance.Detractor);
        if (detractors > 0) Add(RiskKind.DetractorDecisionMaker, detractors);
        if (data.Targets is { Count: > 0 } && k.Target is null) Add(RiskKind.NoTarget);
        if (SharesTotal(k, competitors) is { } total && total > MaxPlausibleShares) Add(RiskKind.SharesAbove100, total);
        var offTrack = objectives.Count(o => o.Status == ObjectiveStatus.OffTrack);
        if (offTrack > 0) Add(RiskKind.ObjectiveOffTrack, offTrack);
        return risks;
    }

    /// <summary>Competitors' estimated shares plus our share of wallet; missing without competitor estimates.</summary>
    public static double? SharesTotal(AccountKpis k, IReadOnlyList<CompetitorPosition> competitors)
    {
        var theirs = competitors.Where(c => c.EstimatedShare is not null).ToArray();
        return theirs.Length == 0 ? null : theirs.Sum(c => c.EstimatedShare!.Value) + (k.ShareOfWallet ?? 0);
    }
}
