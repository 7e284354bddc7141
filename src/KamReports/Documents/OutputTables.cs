using KamReports.Compute;
using KamReports.Records;

namespace KamReports.Documents;

/// <summary>The column definitions that kpis.csv, segments.csv, validation.csv and the workbook's sheets share.</summary>
public static class OutputTables
{
    private static TableColumn<T> Text<T>(string key, Func<T, object?> value) => new(key, KpiUnit.Text, value);

    /// <summary>One row per account: who it is, then every catalogue KPI, then the health light (empty when unknown).</summary>
    public static readonly IReadOnlyList<TableColumn<AccountResult>> Accounts =
    [
        Text<AccountResult>("account_id", a => a.Account.AccountId),
        Text<AccountResult>("name", a => a.Account.Name),
        Text<AccountResult>("is_key_account", a => a.IsKeyAccount),
        Text<AccountResult>("executive_sponsor", a => a.Account.ExecutiveSponsor),
        Text<AccountResult>("key_account_manager", a => a.Account.KeyAccountManager),
        Text<AccountResult>("region", a => a.Account.Region),
        Text<AccountResult>("industry", a => a.Account.Industry),
        .. KpiCatalog.All.Select(d => new TableColumn<AccountResult>(d.Key, d.Unit, a => d.Value(a.Kpis).Boxed)),
        Text<AccountResult>("health_light", a => a.Kpis.HealthLight == HealthLight.Unknown ? null
            : KpiCatalog.LightName(a.Kpis.HealthLight)),
    ];

    public static readonly IReadOnlyList<TableColumn<SegmentSummary>> Segments =
    [
        Text<SegmentSummary>("dimension", s => s.Dimension),
        Text<SegmentSummary>("segment", s => s.Segment),
        new("accounts", KpiUnit.Count, s => s.Accounts),
        new("revenue", KpiUnit.Money, s => s.Revenue),
        new("revenue_ttm", KpiUnit.Money, s => s.RevenueTtm),
        new("growth_yoy", KpiUnit.Percent, s => s.GrowthYoy),
        new("growth_ttm", KpiUnit.Percent, s => s.GrowthTtm),
        new("revenue_share", KpiUnit.Percent, s => s.RevenueShare),
        new("mean_nps", KpiUnit.Index, s => s.MeanNps),
        new("service_model_met", KpiUnit.Percent, s => s.ServiceModelMet),
        new("programme_coverage", KpiUnit.Percent, s => s.ProgrammeCoverage),
    ];

    /// <summary>scopes.csv: the scope figures the packs show, now and for the same accounts a year before.</summary>
    public static readonly IReadOnlyList<TableColumn<ScopeRow>> Scopes =
    [
        Text<ScopeRow>("scope", s => s.Scope),
        Text<ScopeRow>("key", s => s.Key),
        Text<ScopeRow>("window", s => s.Window),
        new("value", KpiUnit.Ratio, s => s.Value),
        new("year_before", KpiUnit.Ratio, s => s.YearBefore),
    ];

    public static readonly IReadOnlyList<TableColumn<ValidationProblem>> Validation =
    [
        Text<ValidationProblem>("file", v => v.File),
        new("line", KpiUnit.Count, v => v.Line),
        Text<ValidationProblem>("column", v => v.Column),
        Text<ValidationProblem>("value", v => v.Value),
        Text<ValidationProblem>("reason", v => v.Reason),
    ];
}
