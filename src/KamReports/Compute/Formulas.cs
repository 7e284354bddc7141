using KamReports.Records;

namespace KamReports.Compute;

/// <summary>The small formulas every pass shares (kpis.md: a zero or missing denominator is missing, never 0).</summary>
internal static class Formulas
{
    /// <summary>kpis.md growth: missing when the base is zero or negative ("-499%" from a negative quarter means nothing).</summary>
    public static double? Growth(decimal current, decimal previous) => previous <= 0 ? null : (double)(current / previous) - 1;

    /// <summary>kpis.md attainment: revenue over a positive target; a target of 0 or less gives no attainment.</summary>
    public static double? Attainment(decimal revenue, decimal? target) => target is { } t && t > 0 ? (double)(revenue / t) : null;
    public static double? Ratio(decimal numerator, decimal denominator) => denominator == 0 ? null : (double)(numerator / denominator);
    public static double? Ratio(int numerator, int denominator) => denominator == 0 ? null : (double)numerator / denominator;

    public static double? Mean(IEnumerable<double?> values)
    {
        double sum = 0;
        var n = 0;
        foreach (var v in values)
        {
            if (v is not { } x) continue;
            sum += x;
            n++;
        }
        return n == 0 ? null : sum / n;
    }

    /// <summary>kpis.md nps: (promoters 9-10 - detractors 0-6) / responses x 100.</summary>
    public static double? Nps(IEnumerable<SurveyResponse> responses)
    {
        int n = 0, promoters = 0, detractors = 0;
        foreach (var r in responses)
        {
            if (r.Nps is not { } v) continue;
            n++;
            if (v >= 9) promoters++;
            else if (v <= 6) detractors++;
        }
        return n == 0 ? null : (promoters - detractors) * 100.0 / n;
    }

    /// <summary>kpis.md satisfaction_index: mean csat scaled (csat - 1) / 4 x 100.</summary>
    public static double? SatisfactionIndex(IEnumerable<SurveyResponse> responses) =>
        Mean(responses.Select(r => r.Csat)) is { } m ? (m - 1) / 4 * 100 : null;

    public static bool IsDone(ActionItem a, DateOnly end) => a.Status == ActionStatus.Done && (a.Completed is null || a.Completed <= end);

    /// <summary>kpis.md actions_due: due by the end of Q and not cancelled.</summary>
    public static bool IsDue(ActionItem a, DateOnly end) => a.Status != ActionStatus.Cancelled && a.Due is { } d && d <= end;

    /// <summary>kpis.md actions_overdue: a due action not done by the end of Q, or done after its due date.</summary>
    public static bool IsOverdue(ActionItem a, DateOnly end) => IsDue(a, end)
        && (!IsDone(a, end) || (a.Completed is { } c && a.Due is { } d && c > d));
}
