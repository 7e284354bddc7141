namespace KamReports.Documents;

/// <summary>
/// Enum values as the data contract and templates spell them: InProgress → in_progress, DecisionMaker → decision_maker.
/// </summary>
public static class Codes
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c)
            : char.ToLowerInvariant(c).ToString()));

    public static string? Of<TEnum>(TEnum? value) where TEnum : struct, Enum => value is { } v ? Of(v) : null;
}
