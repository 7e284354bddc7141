using KamReports.Records;

namespace KamReports.Compute;

/// <summary>A complaint as of the end of Q: still open then, and its days open (to its closing day, or to the end of Q).</summary>
public sealed record ComplaintState(Complaint Item, bool Open, int DaysOpen)
{
    public static ComplaintState At(Complaint c, DateOnly end) =>
        new(c, c.Closed is null || c.Closed > end, (c.Closed is { } cl && cl <= end ? cl : end).DayNumber - c.Opened.DayNumber);
}
