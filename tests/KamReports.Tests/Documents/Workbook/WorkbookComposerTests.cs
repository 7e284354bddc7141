using System.Globalization;
using KamReports.Compute;
using KamReports.Config;
using KamReports.Documents.Workbook;
using KamReports.Formatting;
using KamReports.Records;
using KamReports.TestSupport;

namespace KamReports.Tests.Documents.Workbook;

public class WorkbookComposerTests
{
    [Fact]
    public void The_validation_sheet_lists_the_first_ten_thousand_problems_and_counts_the_rest()
    {
        // Issue 22: 1.1 million rejected rows built a million-row sheet (7 GB); validation.csv keeps them all.
        var portfolio = PortfolioCalculator.Compute(Scenario.Build(), new KamConfig(), FiscalQuarter.TryParse("2026-Q3", 1)!.Value);
        var strings = StringTable.Load(Repo.Templates, CultureInfo.GetCultureInfo("en"));
        var problems = Enumerable.Range(2, WorkbookComposer.MaxValidationRows + 25)
            .Select(i => new ValidationProblem("revenue.csv", i, "amount", "lots", "not a number")).ToArray();
        var sheet = new WorkbookComposer(portfolio, strings).Compose(problems).Sheets.Single(s => s.Name == "Validation");
        Assert.Equal(10_000, sheet.Rows.Count);
        Assert.Equal("25 more rejected rows: see validation.csv", sheet.Total!.Cells[0]);
    }

    [Fact]
    public void The_summary_chart_plots_the_key_accounts_with_a_target_against_their_targets()
    {
        // Issue 23: it plotted all accounts' revenue against the key accounts' targets (13-62% "above target").
        var data = new KamReports.TestSupport.DataSetBuilder()
            .Account("K", key: true).Line("K", "2026-08-01", "P", 80).Target("K", "2026-Q3", 100)
            .Account("N", key: false).Line("N", "2026-08-01", "P", 900).Build();
        var portfolio = PortfolioCalculator.Compute(data, new KamConfig(), FiscalQuarter.TryParse("2026-Q3", 1)!.Value);
        var strings = StringTable.Load(Repo.Templates, CultureInfo.GetCultureInfo("en"));
        var summary = new WorkbookComposer(portfolio, strings).Compose([]).Summary;
        var last = summary.Quarters.Rows[^1].Cells;
        Assert.Equal(("2026-Q3", 80m, 100m), ((string)last[0]!, (decimal)last[1]!, (decimal)last[2]!));
        Assert.Equal("Revenue of the 1 accounts with a target against their targets, by quarter", summary.Quarters.Chart!.Title);
    }
}
