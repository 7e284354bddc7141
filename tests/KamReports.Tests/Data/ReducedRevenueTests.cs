using System.Globalization;
using KamReports.Pipeline;
using KamReports.TestSupport;

using static KamReports.Tests.Data.ReducedRevenueHarness;

namespace KamReports.Tests.Data;

/// <summary>
/// Issue 27: a revenue file reduced inside DuckDB (config aggregate_above_mb: 0 reduces every file) gives byte for byte the CSV
/// outputs of the .NET path, with the same rows rejected on the same lines for the same reasons.
/// </summary>
public class ReducedRevenueTests
{
    [Fact]
    public async Task Sample_data_reduced_in_duckdb_gives_the_same_csv_outputs()
    {
        using var dir = SampleWith(l => l);
        var (small, _, reduced) = await Both(dir.Path, expectReduced: true);
        Assert.Contains("ACC-0001", small["kpis.csv"]);
        Assert.Equal(File.ReadAllLines(Path.Combine(dir.Path, "revenue.csv")).Length - 1, reduced.RevenueSummary.Lines);
    }

    [Fact]
    public async Task Hostile_rows_cost_the_same_rows_on_the_same_lines_and_an_order_read_by_both_counts_once()
    {
        string? order = null;
        using var dir = SampleWith(lines =>
        {
            // An order with positive rows DuckDB reduces; a row of it that .NET must read (a padded id) in another month.
            var o = lines.Skip(1).Select(l => l.Split(',')).First(f => f[0] == "ACC-0004" && f[4].Length > 0 && decimal.Parse(f[3],
                CultureInfo.InvariantCulture) > 0);
            order = o[4];
            var month = DateOnly.Parse(o[1], CultureInfo.InvariantCulture).AddMonths(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            string[] hostile =
            [
                "ACC-9999,2026-01-05,Spare Parts,100.00,SO-X1,1.00",
                "ACC-0001,2026-02-30,Spare Parts,100.00,SO-X2,1.00",
                " ACC-0001 ,2026-02-03, Spare Parts ,1e3,SO-X3,",
                "ACC-0002,2026-03-04,Services,+250.5,,",
                "ACC-0002,2026-03-04,Services,abc,,",
                $"ACC-0003,{DateOnly.FromDateTime(DateTime.Today).AddDays(20):yyyy-MM-dd},Services,10,,",
                "ACC-0003,1899-12-31,Services,10,,",
                $"ACC-0004\t,{month},Services,5.,{o[4]},",
                "ACC-0004,2026-08-15,,5,,",
                "ACC-0005,2026-07-01,Services,-0,, 2 ",
                "ACC-0005,2026-07-01,Services,12345678901234567,,",
                "ACC-0005,2026-07-01,Services,0.12345678901,,",
            ];
            lines.InsertRange(lines.Count / 2, hostile);
            return lines;
        });
        var (_, _, reduced) = await Both(dir.Path, expectReduced: true);
        var start = File.ReadAllLines(Path.Combine(dir.Path, "revenue.csv")).ToList().FindIndex(l => l.StartsWith("ACC-9999")) + 1;
        Assert.Equal(
            [(start, "account_id"), (start + 1, "date"), (start + 2, "amount"), (start + 4, "amount"), (start + 6, "date"),
                (start + 8, "product_line"), (start + 10, "amount")],
            reduced.Problems.Where(p => p.File == "revenue.csv").Select(p => (p.Line, p.Column)));
        // The padded row joined its order: one order of ACC-0004 has positive rows in two months.
        Assert.Contains(reduced.RevenueSummary.Orders, o => o.AccountId == "ACC-0004" && o.Months.Count == 2);
        Assert.Contains(reduced.Warnings, w => w.Contains("dated after the day of the run", StringComparison.Ordinal));
        Assert.NotNull(order);
    }

    [Fact]
    public async Task A_german_export_with_decimal_commas_and_thousands_separators_is_reduced_alike()
    {
        using var dir = SampleWith(lines => lines.Select((l, i) =>
        {
            if (i == 0) return l;
            var f = l.Split(',');
            string De(string v, bool thousands) => v.Length == 0 ? v
                : "\"" + decimal.Parse(v, CultureInfo.InvariantCulture).ToString(thousands ? "#,##0.00" : "0.##", CultureInfo.GetCultureInfo("de-DE")) + "\"";
            // Every fifth amount with a thousands separator: .NET reads it (1.234,50), DuckDB leaves it to .NET.
            return string.Join(',', f[0], f[1], f[2], De(f[3], i % 5 == 0), f[4], De(f[5], false));
        }).ToList());
        var (small, _, reduced) = await Both(dir.Path, "\"input_culture\": \"de-DE\"", expectReduced: true);
        Assert.DoesNotContain("revenue.csv", small["validation.csv"]);
        Assert.True(reduced.RevenueSummary.Lines > 6000);
    }

    [Fact]
    public async Task A_date_format_of_its_own_and_a_blank_line_leave_rows_to_net_with_the_same_result()
    {
        using var custom = SampleWith(lines => lines.Select((l, i) =>
        {
            if (i == 0) return l;
            var f = l.Split(',');
            f[1] = DateOnly.Parse(f[1], CultureInfo.InvariantCulture).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
            return string.Join(',', f);
        }).ToList());
        await Both(custom.Path, "\"date_format\": \"dd.MM.yyyy\"", expectReduced: true);

        // A blank line and a bad row: DuckDB's record numbers would not be lines, so .NET reads the whole file.
        using var blank = SampleWith(lines =>
        {
            lines.Insert(100, "");
            lines.Insert(200, "ACC-0001,not-a-date,Spare Parts,1,,");
            return lines;
        });
        var (_, data, _) = await Both(blank.Path, expectReduced: false);
        Assert.Equal(201, Assert.Single(data.Problems).Line);
    }
}
