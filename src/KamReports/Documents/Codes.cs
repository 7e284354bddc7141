namespace KamReports.Documents;

/// <summary>
/// Enum values as the data contract and templates spell them: InProgress → in_progress, DecisionMaker → decision_maker.
/// </summary>
public static class Codes
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => Records.CodeNames.Of(value);

    public static string? Of<TEnum>(TEnum? value) where TEnum : struct, Enum => value is { } v ? Of(v) : null;
}
