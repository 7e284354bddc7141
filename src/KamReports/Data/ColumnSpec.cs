namespace KamReports.Data;

/// <summary>
/// One contract column: name, type, whether required, allowed range or values. An <see cref="Event"/> date
/// records something that happened, so it may not lie more than a year after the run (a typed 2062 is a bad value). A
/// <see cref="PersonName"/> is compared as sponsors' names are (<see cref="PeopleNames.Key"/>: case, spacing and accents aside), so
/// two spellings of one person are one unique key.
/// </summary>
public sealed record ColumnSpec(
    string Name, ColumnType Type, bool Required = false, double? Min = null, double? Max = null, IReadOnlyList<string>? Choices = null,
    string Notes = "", bool Event = false, bool PersonName = false)
{
    /// <summary>Human description of the type, for messages and the README.</summary>
    public string Describe() => Type switch
    {
        ColumnType.Choice => string.Join(" | ", Choices ?? []),
        ColumnType.Integer or ColumnType.Number when Min is not null && Max is not null => $"{Min}-{Max}",
        ColumnType.Decimal when Min is not null && Max is not null => $"decimal {Min}-{Max}",
        ColumnType.Period => "period (2026-Q3, 2026-07 or 2026)",
        _ => Type.ToString().ToLowerInvariant(),
    };
}
