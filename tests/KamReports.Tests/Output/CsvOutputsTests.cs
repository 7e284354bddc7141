using System.Globalization;
using KamReports.Documents;
using KamReports.Output;
using KamReports.Records;
using KamReports.TestSupport;

namespace KamReports.Tests.Output;

/// <summary>
/// kpis.csv, segments.csv and validation.csv (outputs.md): invariant culture whatever the machine's, fractions, empty for missing.
/// </summary>
public class CsvOutputsTests
{
    // The machine's culture must not leak into machine outputs: every test writes under German settings (decimal comma).
    private static T UnderGermanCulture<T>(Func<T> write)
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            return write();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    private static Dictionary<string, string> Row(string[] lines, string accountId)
    {
        var header = lines[0].Split(',');
        var fields = lines.Single(l => l.StartsWith(accountId + ",", StringComparison.Ordinal)).Split(',');
        return header.Zip(fields).ToDictionary(p => p.First, p => p.Second);
    }

    [Theory]
    [InlineData("1234567.5", "1234567.5")]
    [InlineData("3007.10", "3007.1")]
    [InlineData("-0.250", "-0.25")]
    [InlineData("2000.00", "2000")]
    public void Decimals_are_invariant_without_grouping_or_trailing_zeros(string amount, string expected)
    {
        // An amount as a CSV file (3007.10) or a database (3007.1) gives it: the same text either way.
        var value = decimal.Parse(amount, CultureInfo.InvariantCulture);
        Assert.Equal(expected, UnderGermanCulture(() => CsvOutputs.Format(value)));
    }

    [Fact]
    public void Doubles_are_invariant_to_15_digits_and_a_missing_or_undefined_value_is_empty()
    {
        Assert.Equal("0.3", UnderGermanCulture(() => CsvOutputs.Format(0.1 + 0.2)));
        Assert.Equal("0.125", UnderGermanCulture(() => CsvOutputs.Format(0.125)));
        Assert.Equal("", CsvOutputs.Format(null));
        Assert.Equal("", CsvOutputs.Format(double.NaN));
        Assert.Equal("", CsvOutputs.Format(double.PositiveInfinity));
        Assert.Equal("42", CsvOutputs.Format(42));
        Assert.Equal("true", CsvOutputs.Format(true));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")")]
    [InlineData("+49 30 1234", "'+49 30 1234")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Acme GmbH", "Acme GmbH")]
    [InlineData("", "")]
    public void Text_that_a_spreadsheet_would_run_as_a_formula_is_quoted(string text, string expected)
    {
        Assert.Equal(expected, CsvOutputs.Text(text));
    }

    [Fact]
    public void Kpis_csv_has_a_column_per_catalogue_kpi_and_the_hand_computed_figures_in_invariant_form()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "kpis.csv");
        var lines = UnderGermanCulture(() =>
        {
            CsvOutputs.WriteKpis(path, Scenario.Computed());
            return File.ReadAllLines(path);
        });
        Assert.Equal(string.Join(",", OutputTables.Accounts.Select(c => c.Key)), lines[0]);
        Assert.Equal(1 + 4, lines.Length); // header and the scenario's four accounts
        var a1 = Row(lines, "A1");
        // Scenario: revenue 2000, attainment 2000 / 2500, growth_qoq 2000 / 1600 - 1, NPS 25.
        Assert.Equal(("2000", "0.8", "0.25", "25"), (a1["revenue"], a1["attainment"], a1["growth_qoq"], a1["nps"]));
        // A2 has no target: attainment is missing, which is empty, not 0.
        Assert.Equal("", Row(lines, "A2")["attainment"]);
    }

    [Fact]
    public void Validation_csv_quotes_a_value_with_a_comma_and_ends_lines_with_lf()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "validation.csv");
        CsvOutputs.WriteValidation(path, [new ValidationProblem("revenue.csv", 3, "amount", "1,5", "not a number")]);
        Assert.Equal("file,line,column,value,reason\nrevenue.csv,3,amount,\"1,5\",not a number\n", File.ReadAllText(path));
    }

    [Fact]
    public void Segments_csv_has_one_row_per_segment_of_every_dimension()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "segments.csv");
        var portfolio = Scenario.Computed();
        CsvOutputs.WriteSegments(path, portfolio);
        var lines = File.ReadAllLines(path);
        Assert.Equal(string.Join(",", OutputTables.Segments.Select(c => c.Key)), lines[0]);
        Assert.Equal(portfolio.Segments.Count + 1, lines.Length);
        // Chem: accounts A1 and A2, revenue 2000 + 1000, TTM 4000 + 1000, growth 3000 / 2500 - 1, TTM growth 5000 / (4000 + 0) - 1,
        // all TTM revenue, NPS 25.
        // Service model met: A1 (class A) meets all 4 requirements with data (dedicated manager, contact 0 days, survey 60 days, the
        // single point of contact derived from manager and team; customisation has no programme file), A2 (class B) 0 of 1 (no
        // contact): mean 50%; no programme file: no coverage.
        Assert.Contains("industry,Chem,2,3000,5000,0.2,0.25,1,25,0.5,", lines);
    }
}
