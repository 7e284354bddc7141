using KamReports.TestSupport;

namespace KamReports.Tests.Formatting;

/// <summary>Numbers, money, percentages, dates and periods for people, per culture (issue 14).</summary>
public class ValueFormatterTests
{
    [Fact]
    public void German_money_periods_dates_and_percentages_follow_german_conventions()
    {
        var f = new RenderKit("de-DE").Formatter;
        Assert.Equal("1,2\u00A0Mio.\u00A0€", f.MoneyShort(1_234_567));
        Assert.Equal("850\u00A0Tsd.\u00A0€", f.MoneyShort(850_000));
        Assert.Equal("3. Quartal 2026", f.Quarter("2026-Q3"));
        Assert.Equal("Q3/26", f.QuarterAxis("2026-Q3"));
        Assert.Equal("01.07.2026", f.Date(new DateOnly(2026, 7, 1)));
        Assert.Equal("12,5\u00A0%", f.Percent(0.125));
        Assert.Equal("1.234.568\u00A0€", f.Money(1_234_567.8));
    }
}
