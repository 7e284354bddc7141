using KamReports.Records;

namespace KamReports.Compute;

/// <summary>kpis.md "Objectives": progress, expected progress and derived status; the objectives KPIs.</summary>
internal static class ObjectiveRules
{
    public static ObjectiveResult Evaluate(Objective o, AccountKpis k, FiscalQuarter q)
    {
        var current = o.Kpi is { } key && KpiCatalog.Contains(key) ? KpiCatalog.Get(key).Value(k) : KpiScalar.Missing;
        double? progress = null;
        if (current.AsDouble is { } v && o.Baseline is { } b && o.Target is { } t && t != b)
            progress = Math.Clamp((v - (double)b) / (double)(t - b), 0, 1);
        double? expected = null;
        if (o.Start is { } start && o.Due is { } due)
            expected = due <= start ? (q.End >= due ? 1 : 0)
                : Math.Clamp((double)(q.End.DayNumber - start.DayNumber) / (due.DayNumber - start.DayNumber), 0, 1);
        if (o.Status is { } given) return new ObjectiveResult(o, current, progress, expected, given, false);
        ObjectiveStatus? status = progress switch
        {
            null => null,
            >= 1 - 1e-9 => ObjectiveStatus.Achieved,
            { } p when expected is { } e => p >= e - 1e-9 ? ObjectiveStatus.OnTrack : p >= e - 0.25 - 1e-9 ? ObjectiveStatus.AtRisk
                : ObjectiveStatus.OffTrack,
            _ => null,
        };
        return new ObjectiveResult(o, current, progress, expected, status, status is not null);
    }

    /// <summary>Groups the actions under the objective they name (by objective_id, else by its text); the rest stay ungrouped.</summary>
    public static (IReadOnlyList<ObjectiveResult> Objectives,
        IReadOnlyList<ActionStatusView> Ungrouped) Link(IReadOnlyList<ObjectiveResult> objectives, IReadOnlyList<ActionStatusView> actions)
    {
        static string Norm(string s) => s.Trim().ToLowerInvariant();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < objectives.Count; i++)
        {
            byKey.TryAdd(Norm(objectives[i].Objective.ObjectiveId), i);
            byKey.TryAdd(Norm(objectives[i].Objective.Text), i);
        }
        var groups = objectives.Select(_ => new List<ActionStatusView>()).ToArray();
        var rest = new List<ActionStatusView>();
        foreach (var a in actions)
        {
            if (a.Item.Objective is { } name && byKey.TryGetValue(Norm(name), out var i)) groups[i].Add(a);
            else rest.Add(a);
        }
        return (objectives.Select((o, i) => o with { Actions = groups[i] }).ToArray(), rest);
    }

    /// <summary>kpis.md objectives (not dropped) and objectives_on_track (on track or achieved, of those); null without the file.</summary>
    public static (int? Count, double? OnTrack) Kpis(IReadOnlyList<ObjectiveResult> objectives, bool available)
    {
        if (!available) return (null, null);
        var live = objectives.Where(o => o.Status != ObjectiveStatus.Dropped).ToArray();
        return (live.Length, Formulas.Ratio(live.Count(o => o.Status is ObjectiveStatus.OnTrack or ObjectiveStatus.Achieved), live.Length));
    }
}
