using System.Globalization;

namespace KamReports.Data;

/// <summary>
/// A typed value (an xlsx cell, a database column) written as the contract writes it in a file: dates ISO, numbers invariant,
/// booleans true/false.
/// </summary>
internal static class InvariantText
{
    public static string Of(object? value) => value switch
    {
        null => "",
        string s => s,
        UnreadableValue u => u.Text,
        DateTime dt => dt.TimeOfDay == TimeSpan.Zero
            ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : dt.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset o => o.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
