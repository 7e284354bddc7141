namespace KamReports.Records;

/// <summary>
/// The period a target covers: a fiscal quarter (<c>2026-Q3</c>), a calendar month (<c>2026-07</c>) or a fiscal year (<c>2026</c>).
/// </summary>
public sealed record TargetPeriod(int Year, int? Quarter, int? Month)
{
    public override string ToString() => Quarter is { } q ? $"{Year}-Q{q}" : Month is { } m ? $"{Year}-{m:00}" : $"{Year}";
}
