namespace KamReports.Compute;

/// <summary>Day counts as of the end of a quarter (kpis.md: contact points, days open). Documents show these; they never subtract
/// dates.</summary>
public static class Recency
{
    /// <summary>The window of contact_points: the 90 days ending with Q.</summary>
    public const int ContactWindowDays = 90;

    /// <summary>Whole days from <paramref name="day"/> to <paramref name="end"/>; missing for no day or a day after the end.</summary>
    public static int? DaysSince(DateOnly? day, DateOnly end) => day is { } d && d <= end ? end.DayNumber - d.DayNumber : null;

    /// <summary>A contact inside the 90 days ending with Q (the window of contact_points).</summary>
    public static bool IsRecentContact(DateOnly? last, DateOnly end) =>
        last is { } lc && lc >= end.AddDays(-(ContactWindowDays - 1)) && lc <= end;

    /// <summary>No contact yet, or the last one before the 90-day window (a future date counts as recent, as it did in the plan).</summary>
    public static bool IsContactOverdue(DateOnly? last, DateOnly end) => last is null || last < end.AddDays(-(ContactWindowDays - 1));
}
