namespace KamReports.Compute;

/// <summary>
/// Everything about one KPI of kpis.md, in one place: its kpis.csv key, unit, window, scorecard group and
/// formula accessor, which direction is good, its traffic-light bands and its health-score component.
/// Titles and plain-language definitions live in the string tables under <see cref="TitleKey"/> and
/// <see cref="DefinitionKey"/>.
/// </summary>
public sealed record KpiDefinition(string Key, KpiUnit Unit, KpiWindow Window, KpiGroup Group, Func<AccountKpis, KpiScalar> Value)
{
    public GoodDirection Direction { get; init; } = GoodDirection.Up;

    /// <summary>Light thresholds; null when the KPI has no light of its own.</summary>
    public KpiBands? Bands { get; init; }

    /// <summary>Another KPI whose light this one shows (revenue shows the light of growth_yoy).</summary>
    public string? LightFrom { get; init; }

    /// <summary>The health-score component (kpis.md, Health score): the KPI's value mapped to 0-100; null when not a component.</summary>
    public Func<double, double>? HealthScore { get; init; }

    public string TitleKey => "kpi." + Key;
    public string DefinitionKey => "def." + Key;
}
