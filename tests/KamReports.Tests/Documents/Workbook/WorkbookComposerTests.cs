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
}
