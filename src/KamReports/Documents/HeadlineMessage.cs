namespace KamReports.Documents;

/// <summary>
/// One generated headline sentence of page 1: its rule key (revenue_ttm, attainment, nps, high_severity_complaints,
/// detractors, overdue_actions, objectives_off_track, pipeline, exceptions, concentration, red_health), the sentence
/// in the document's language, and its materiality (money at stake; messages are ranked by it).
/// </summary>
public sealed record HeadlineMessage(string Key, string Text, double Materiality)
{
    /// <summary>The KPI figures the sentence states, each as it is written in it (checked against kpis.csv before printing).</summary>
    public IReadOnlyList<Figure> Figures { get; init; } = [];
}
