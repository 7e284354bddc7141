using System.Globalization;
using System.Text.RegularExpressions;
using KamReports.Records;

namespace KamReports.Data;

/// <summary>Parses period texts of the targets file.</summary>
public static partial class PeriodParser
{
    [GeneratedRegex(@"^([0-9]{4})(?:-(?:[Qq]([1-4])|([0-9]{2})))?$")]
    private static partial Regex PeriodRegex();

    public static TargetPeriod? TryParseTargetPeriod(string s)
    {
        var m = PeriodRegex().Match(s.Trim());
        if (!m.Success) return null;
        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2200) return null; // 0000-01 is a typo, not a period
        if (m.Groups[2].Success) return new TargetPeriod(year, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), null);
        if (m.Groups[3].Success)
        {
            var month = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 ? new TargetPeriod(year, null, month) : null;
        }
        return new TargetPeriod(year, null, null);
    }
}
