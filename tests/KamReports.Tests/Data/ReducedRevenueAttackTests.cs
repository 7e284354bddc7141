using System.Globalization;
using KamReports.Pipeline;
using KamReports.TestSupport;

using static KamReports.Tests.Data.ReducedRevenueHarness;

namespace KamReports.Tests.Data;

/// <summary>
/// Adversarial review of issue 27 (revenue reduced inside DuckDB): inputs where the reduced path and the .NET path should give the
/// same outputs, problems and warnings. Each test here failed when written.
/// </summary>
public class ReducedRevenueAttackTests
{
    [Fact]
    public async Task Thai_culture_with_an_explicit_iso_date_format_reads_dates_in_the_buddhist_calendar_in_both_paths()
    {
        // input_culture th-TH + date_format yyyy-MM-dd: .NET parses with the culture's calendar (Thai Buddhist: 2569 = 2026 AD),
        // DuckDB's check takes date_format yyyy-MM-dd as ISO Gregorian.
        using var dir = SampleWith(lines =>
        {
            var edited = lines.Select((l, i) =>
            {
                if (i == 0) return l;
                var f = l.Split(',');
                var d = DateOnly.Parse(f[1], CultureInfo.InvariantCulture);
                f[1] = $"{d.Year + 543:0000}-{d.Month:00}-{d.Day:00}";
                return string.Join(',', f);
            }).ToList();
            // A Gregorian-looking date: year 2026 of the Buddhist era is 1483 AD for .NET (a date before 1900).
            edited.Insert(100, "ACC-0001,2026-03-05,Services,100.00,,");
            return edited;
        });
        await Both(dir.Path, "\"input_culture\": \"th-TH\", \"date_format\": \"yyyy-MM-dd\"");
    }

    [Fact]
    public async Task A_quoted_product_line_spanning_lines_is_one_product_line_as_net_normalises_its_line_breaks()
    {
        // .NET writes a line break inside a quoted field as \n, whatever the file uses; DuckDB keeps \r\n.
        using var dir = SampleWith(lines =>
        {
            lines.Insert(100, "ACC-0001,2026-03-05,\"Spare\r\nParts\",100.00,SO-Q1,");
            lines.Insert(101, "ACC-0001,2026-03-06,\"Spare\nParts\",50.00,SO-Q2,");
            return lines;
        });
        await Both(dir.Path);
    }

    [Fact]
    public async Task A_space_after_a_closing_quote_is_an_unbalanced_quote_in_both_paths()
    {
        using var dir = SampleWith(lines =>
        {
            lines.Insert(100, "ACC-0001,2026-03-05,\"Services\" ,100.00,SO-Q3,");
            return lines;
        });
        await Both(dir.Path);
    }

    [Fact]
    public async Task A_space_before_an_opening_quote_is_read_alike()
    {
        using var dir = SampleWith(lines =>
        {
            lines.Insert(100, "ACC-0001,2026-03-05, \"Services\",100.00,SO-Q4,");
            return lines;
        });
        await Both(dir.Path);
    }

    [Fact]
    public async Task A_row_starting_with_a_hash_is_a_row_in_both_paths()
    {
        using var dir = SampleWith(lines =>
        {
            lines.Insert(100, "#ACC-0001,2026-03-05,Services,100.00,SO-Q5,");
            lines.Insert(200, "# a note");
            return lines;
        });
        await Both(dir.Path);
    }

    [Fact]
    public async Task A_lone_carriage_return_and_a_blank_line_keep_the_lines_of_later_bad_rows()
    {
        // Sep ends a line at a lone \r; LineCount counts \n only. A blank line (no record) and a lone \r (two records on one \n line)
        // leave records + 1 == \n-lines, while the records after them are numbered one line early.
        using var dir = SampleWith(lines =>
        {
            lines.Insert(100, "");
            lines[300] = lines[300] + "\r" + lines[301];
            lines.RemoveAt(301);
            lines.Insert(400, "ACC-0001,not-a-date,Services,1,,");
            return lines;
        });
        var (_, small, _) = await Both(dir.Path);
        Assert.Single(small.Problems);
    }

    [Fact]
    public async Task A_nul_byte_early_in_the_file_stops_both_paths_alike()
    {
        // .NET refuses a file with a NUL byte in its first 8 KB (binary, or UTF-16 without a BOM); the reduced path never looks.
        using var dir = SampleWith(lines =>
        {
            lines[5] = lines[5].Replace("Spare Parts", "Spare\0Parts");
            return lines;
        });
        Assert.Equal(await Outcome(dir.Path, "{}"), await Outcome(dir.Path, "{\"aggregate_above_mb\": 0}"));
    }

    [Fact]
    public async Task Double_order_ids_of_a_duckdb_source_are_one_order_across_reduced_and_net_rows()
    {
        // Order numbers stored as DOUBLE (pandas with a missing value): DuckDB's text of 100.0 is "100.0", .NET's is "100", so an
        // order with a row DuckDB reduces and a row .NET reads counts twice.
        using var dir = SampleWith(lines =>
        {
            var edited = lines.Select((l, i) => i == 0 ? l : l.Replace(",SO-", ",").Replace(",CN-", ",9")).ToList();
            var o = edited.Skip(1).Select(l => l.Split(',')).First(f => f[0] == "ACC-0004" && f[4].Length > 0
                && decimal.Parse(f[3], CultureInfo.InvariantCulture) > 0);
            var month = DateOnly.Parse(o[1], CultureInfo.InvariantCulture).AddMonths(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            // The same order in another month, on a row DuckDB leaves to .NET (a padded account id .NET trims).
            edited.Insert(edited.Count / 2, $"ACC-0004 ,{month},Services,5.00,{o[4]},");
            return edited;
        });
        var (_, csvData) = await Run(dir.Path, "{}");
        var source = System.Text.Json.JsonSerializer.Serialize(new
        {
            source = new
            {
                provider = "duckdb", connection = "Data Source=:memory:",
                queries = new Dictionary<string, string>
                {
                    ["revenue"] = "select account_id, CAST(date AS DATE) AS date, product_line, CAST(amount AS DOUBLE) AS amount, "
                        + "CAST(order_id AS DOUBLE) AS order_id, CAST(cost_to_serve AS DOUBLE) AS cost_to_serve "
                        + "from read_csv('revenue.csv', all_varchar = true)",
                },
            },
        });
        var (_, dbData) = await Run(dir.Path, source);
        Assert.True(dbData.Files.Single(f => f.Role == "revenue").Reduced);
        Assert.Contains(csvData.RevenueSummary.Orders, x => x.AccountId == "ACC-0004" && x.Months.Count == 2);
        Assert.Equal(Orders(csvData), Orders(dbData));
    }
}
