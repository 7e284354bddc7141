using KamReports.Config;

namespace KamReports.Compute;

/// <summary>kpis.md "Risks and exceptions": the risks of one account and whether it is an exception in a pack.</summary>
internal static class RiskRules
{
    public static List<Risk> Risks(AccountKpis k, KamConfig config)
    {
        var risks = new List<Risk>();
        if (k.GrowthYoy is { } g && g < 0) risks.Add(new Risk(RiskKind.DecliningRevenue, g));
        else if (k.Lifecycle == "declining" && k.GrowthTtm is { } gt) risks.Add(new Risk(RiskKind.DecliningRevenue, gt));
        if (k.ComplaintsOpen is > 0) risks.Add(new Risk(RiskKind.OpenComplaints, k.ComplaintsOpen.Value));
        if (k.ActionsOverdue is > 0) risks.Add(new Risk(RiskKind.OverdueActions, k.ActionsOverdue.Value));
        if (k.ShareOfWallet is { } s && s < config.LowShareOfWallet) risks.Add(new Risk(RiskKind.LowShareOfWallet, s));
        if (k.HealthLight == HealthLight.Red) risks.Add(new Risk(RiskKind.RedHealth, k.HealthScore ?? 0));
        return risks;
    }

    /// <summary>The reasons that make an account an exception of a pack; empty when it is none.</summary>
    public static List<Risk> ExceptionReasons(AccountKpis k)
    {
        var reasons = new List<Risk>();
        if (k.HealthLight == HealthLight.Red) reasons.Add(new Risk(RiskKind.RedHealth, k.HealthScore ?? 0));
        if (k.Lifecycle == "declining") reasons.Add(new Risk(RiskKind.DecliningRevenue, k.GrowthTtm));
        else if (k.GrowthYoy is { } g && g < -0.10) reasons.Add(new Risk(RiskKind.RevenueDown, g));
        if (k.ActionsOverdue is > 0) reasons.Add(new Risk(RiskKind.OverdueActions, k.ActionsOverdue.Value));
        return reasons;
    }
}
