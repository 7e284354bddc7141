namespace KamReports.Records;

/// <summary>
/// Enum values as the data contract spells them (InProgress → in_progress, SinglePointOfContact → single_point_of_contact): the one
/// rule every layer uses (the config's tactics, Compute's requirement keys, Documents' codes).
/// </summary>
public static class CodeNames
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c)
            : char.ToLowerInvariant(c).ToString()));
}
