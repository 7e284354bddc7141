using KamReports.Data;
using KamReports.Config;

namespace KamReports.Tests.Config;

public class ConfigLoaderTests
{
    [Fact]
    public void Every_documented_key_is_read()
    {
        var c = ConfigLoader.Parse("""
            {
              "fiscal_year_start": 4, "currency": "usd", "culture": "zh-CN", "date_format": "dd/MM/yyyy",
              "abc": { "rule": "revenue", "a": 0.7, "b": 0.9 },
              "thresholds": { "declining_growth": -0.05, "frequent_orders": 6, "satisfied": 80, "dissatisfied": 40, "health_green": 75,
                  "health_amber": 45, "low_share_of_wallet": 0.1 },
              "health_weights": { "growth_yoy": 2, "nps": 0 },
              "key_accounts": { "abc_classes": ["A", "b"] }
            }
            """, "kam.json");
        Assert.Equal(4, c.FiscalYearStart);
        Assert.Equal("USD", c.Currency);
        Assert.Equal("zh-CN", c.Culture);
        Assert.Equal("dd/MM/yyyy", c.DateFormat);
        Assert.Equal(AbcRule.Revenue, c.AbcRule);
        Assert.Equal((0.7, 0.9), (c.AbcA, c.AbcB));
        Assert.Equal(-0.05, c.DecliningGrowth);
        Assert.Equal(6, c.FrequentOrders);
        Assert.Equal((80.0, 40.0, 75.0, 45.0, 0.1), (c.SatisfiedIndex, c.DissatisfiedIndex, c.HealthGreen, c.HealthAmber,
            c.LowShareOfWallet));
        Assert.Equal(2, c.HealthWeight("growth_yoy"));
        Assert.Equal(0, c.HealthWeight("nps"));
        Assert.Equal(1, c.HealthWeight("attainment"));
        Assert.Equal(["A", "B"], c.KeyAccountClasses);
    }

    [Fact]
    public void Defaults_follow_kpis_md()
    {
        var c = new KamConfig();
        Assert.Equal((0.2, 0.5), (c.AbcA, c.AbcB));
        Assert.Equal((0.8, 0.95), ((c with { AbcRule = AbcRule.Revenue }).AbcA, (c with { AbcRule = AbcRule.Revenue }).AbcB));
        Assert.Equal(1, c.FiscalYearStart);
        Assert.Equal("EUR", c.Currency);
    }

    [Theory]
    [InlineData("""{ "fiscal_year_begin": 4 }""", "fiscal_year_begin")]
    [InlineData("""{ "abc": { "rule": "count", "c": 0.9 } }""", "abc.c")]
    [InlineData("""{ "thresholds": { "healthy": 70 } }""", "thresholds.healthy")]
    [InlineData("""{ "columns": { "invoices": { "amount": "Sales" } } }""", "columns.invoices")]
    [InlineData("""{ "columns": { "revenue": { "value": "Sales" } } }""", "columns.revenue.value")]
    [InlineData("""{ "files": { "orders": "x.csv" } }""", "files.orders")]
    public void Unknown_keys_are_errors_that_name_them(string json, string key)
    {
        var e = Assert.Throws<KamException>(() => ConfigLoader.Parse(json, "kam.json"));
        Assert.Equal(ExitCodes.Usage, e.ExitCode);
        Assert.Contains($"\"{key}\"", e.Message);
        Assert.StartsWith("kam.json:", e.Message);
    }

    [Theory]
    [InlineData("""{ "fiscal_year_start": 13 }""", "between 1 and 12")]
    [InlineData("""{ "fiscal_year_start": "April" }""", "whole number")]
    [InlineData("""{ "culture": "xx-NOPE" }""", "unknown culture")]
    [InlineData("""{ "abc": { "rule": "pareto" } }""", "\"count\" or \"revenue\"")]
    [InlineData("""{ "abc": { "a": 0.6, "b": 0.4 } }""", "must not exceed")]
    [InlineData("""{ "currency": "EURO" }""", "3-letter")]
    public void Bad_values_are_errors_that_say_what_is_expected(string json, string expected)
    {
        var e = Assert.Throws<KamException>(() => ConfigLoader.Parse(json, "kam.json"));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Invalid_json_names_line_and_column()
    {
        var e = Assert.Throws<KamException>(() => ConfigLoader.Parse("{\n  \"currency\": \"EUR\",,\n}", "kam.json"));
        Assert.StartsWith("kam.json:2:", e.Message);
    }
}
