namespace KamReports.Compute;

/// <summary>An account's NPS answers in TTM: promoters (9-10), detractors (0-6) and all answers, so scopes can pool them.</summary>
public sealed record NpsTally(int Promoters, int Detractors, int Responses)
{
    public static NpsTally Sum(IEnumerable<NpsTally> tallies)
    {
        int p = 0, d = 0, n = 0;
        foreach (var t in tallies) { p += t.Promoters; d += t.Detractors; n += t.Responses; }
        return new NpsTally(p, d, n);
    }

    /// <summary>kpis.md nps over the pooled answers; missing without answers.</summary>
    public double? Nps => Responses == 0 ? null : (Promoters - Detractors) * 100.0 / Responses;
}
