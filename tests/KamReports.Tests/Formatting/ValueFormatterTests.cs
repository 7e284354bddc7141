using System.Globalization;
using KamReports.Formatting;
using KamReports.TestSupport;

namespace KamReports.Tests.Formatting;

/// <summary>Numbers, money, percentages, dates and periods for people, per culture, with the shipped string tables (issue 14).</summary>
public class ValueFormatterTests
{
    private const string Nbsp = "\u00A0";

    private static ValueFormatter For(string culture, string currency = "EUR")
    {
        var ci = CultureInfo.GetCultureInfo(culture);
        return new ValueFormatter(ci, currency, StringTable.Load(Repo.Templates, ci));
    }

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

    [Theory]
    [InlineData("en", "€1,234,568")]
    [InlineData("de-DE", "1.234.568" + Nbsp + "€")]
    [InlineData("zh-CN", "€1,234,568")]
    public void Money_is_rounded_to_whole_units_in_the_cultures_pattern(string culture, string expected)
    {
        Assert.Equal(expected, For(culture).Money(1_234_567.8));
    }

    [Theory]
    [InlineData("en", 999, "€999")]
    [InlineData("en", 50_000, "€50k")]
    [InlineData("en", 850_000, "€850k")]
    [InlineData("en", 1_234_567, "€1.2M")]
    [InlineData("en", 2_500_000_000, "€2.5B")]
    [InlineData("de-DE", 50_000, "50" + Nbsp + "Tsd." + Nbsp + "€")]
    [InlineData("de-DE", 2_500_000_000, "2,5" + Nbsp + "Mrd." + Nbsp + "€")]
    [InlineData("zh-CN", 800, "€800")]
    [InlineData("zh-CN", 50_000, "€5万")]
    [InlineData("zh-CN", 123_456, "€12.3万")]
    [InlineData("zh-CN", 123_456_789, "€1.2亿")]
    public void Short_money_scales_with_the_cultures_words_and_whole_numbers_have_no_decimal(string culture, double amount, string shown)
    {
        Assert.Equal(shown, For(culture).MoneyShort(amount));
    }

    [Fact]
    public void Short_money_puts_the_scale_word_right_after_the_digits_of_a_negative_amount()
    {
        Assert.Equal("-€1.5M", For("en").MoneyShort(-1_500_000));
        Assert.Equal("-1,5" + Nbsp + "Mio." + Nbsp + "€", For("de-DE").MoneyShort(-1_500_000));
    }

    [Theory]
    [InlineData("USD", "$1,000")]
    [InlineData("GBP", "£1,000")]
    [InlineData("CHF", "CHF" + Nbsp + "1,000")]
    [InlineData("SEK", "SEK" + Nbsp + "1,000")]
    public void The_currency_code_of_the_config_picks_the_symbol_and_an_unknown_code_is_written_out(string currency, string expected)
    {
        Assert.Equal(expected, For("en", currency).Money(1000));
    }

    [Theory]
    [InlineData("en", "12.5%", "50%")]
    [InlineData("de-DE", "12,5" + Nbsp + "%", "50" + Nbsp + "%")]
    [InlineData("zh-CN", "12.5%", "50%")]
    public void Percentages_follow_the_culture_and_keep_the_sign_on_the_figures_line(string culture, string oneDecimal, string noDecimal)
    {
        var f = For(culture);
        Assert.Equal(oneDecimal, f.Percent(0.125));
        Assert.Equal(noDecimal, f.Percent(0.5, 0));
    }

    [Theory]
    [InlineData("en", "1 Jul 2026")]
    [InlineData("de-DE", "01.07.2026")]
    [InlineData("zh-CN", "2\u20600\u20602\u20606\u2060年\u20607\u2060月\u20601\u2060日")]
    public void Dates_use_the_string_tables_pattern_and_chinese_dates_never_break_across_lines(string culture, string expected)
    {
        Assert.Equal(expected, For(culture).Date(new DateOnly(2026, 7, 1)));
    }

    [Theory]
    [InlineData("en", "2026-Q3", "2026-Q3")]
    [InlineData("de-DE", "3. Quartal 2026", "Q3/26")]
    [InlineData("zh-CN", "2026年第三季度", "2026年Q3")]
    public void Quarters_read_as_the_culture_writes_them_long_in_text_and_short_on_chart_axes(string culture, string text, string axis)
    {
        var f = For(culture);
        Assert.Equal(text, f.Quarter("2026-Q3"));
        Assert.Equal(axis, f.QuarterAxis("2026-Q3"));
    }

    [Theory]
    [InlineData("2026-Q5")]
    [InlineData("2026-07")]
    [InlineData("FY2026")]
    public void A_label_that_is_not_a_quarter_is_shown_as_it_is(string label)
    {
        Assert.Equal(label, For("de-DE").Quarter(label));
    }

    [Theory]
    [InlineData("en", "n/a")]
    [InlineData("de-DE", "k. A.")]
    [InlineData("zh-CN", "无数据")]
    public void A_missing_or_undefined_value_shows_the_cultures_missing_text_never_zero(string culture, string missing)
    {
        var f = For(culture);
        Assert.Equal(missing, f.Missing);
        string[] shown = [f.Money(null), f.MoneyShort(null), f.Percent(null), f.Percent(double.NaN), f.Number(double.PositiveInfinity),
            f.Date(null), f.Delta(null), f.DeltaPoints(double.NaN), f.DeltaCount(null), f.Kpi(null, "money")];
        Assert.All(shown, s => Assert.Equal(missing, s));
    }

    [Theory]
    [InlineData(0.125, "▲ 12.5%")]
    [InlineData(-0.03, "▼ 3.0%")]
    [InlineData(0.0004, "■ 0.0%")]
    public void A_change_shows_its_direction_with_an_arrow_and_a_flat_one_a_square(double change, string expected)
    {
        Assert.Equal(expected, For("en").Delta(change));
    }

    [Fact]
    public void Point_and_count_changes_carry_the_cultures_unit()
    {
        Assert.Equal("▲ 5.0 pts", For("en").DeltaPoints(5));
        Assert.Equal("▼ 2,5 Pkt.", For("de-DE").DeltaPoints(-2.5));
        Assert.Equal("▼ 2", For("en").DeltaCount(-2));
        Assert.Equal("■ 0", For("en").DeltaCount(0));
    }

    [Theory]
    [InlineData("money", "€1,234")]
    [InlineData("percent", "123,400.0%")]
    [InlineData("count", "1,234")]
    [InlineData("ratio", "1,234.0")]
    public void A_kpi_value_is_formatted_by_its_unit(string unit, string expected)
    {
        Assert.Equal(expected, For("en").Kpi(1234m, unit));
    }

    [Fact]
    public void A_coded_kpi_value_shows_the_string_tables_word_for_it()
    {
        Assert.Equal("done", For("en").Kpi("done", "text"));
        Assert.Equal("erledigt", For("de-DE").Kpi("done", "text"));
        Assert.Equal("已完成", For("zh-CN").Kpi("done", "text"));
        Assert.Equal("no-such-code", For("en").Kpi("no-such-code", "text"));
    }

    [Fact]
    public void A_half_is_rounded_away_from_zero_everywhere_so_a_change_is_the_difference_of_the_shown_figures()
    {
        // Issue 23: NPS -12.5 showed as "-12" beside "▼ 13.0 pts" against 0 (.NET rounds halves to even).
        var f = For("en");
        Assert.Equal("-13", f.Number(-12.5));
        Assert.Equal("63", f.Number(62.5));
        Assert.Equal("0", f.Number(-0.4));
        Assert.Equal("12.6%", f.Percent(0.12550));
        Assert.Equal("▼ 13.0 pts", f.DeltaPoints(KamReports.Compute.KpiCatalog.Change(KamReports.Compute.KpiCatalog.Get("nps"), -12.5, 0d).Change));
    }
}
