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

    [Fact]
    public void Codes_read_as_words_of_the_language_and_keep_their_key_in_the_header()
    {
        // Issue 23: a German workbook showed in_progress, share_of_wallet, cross_sell and amber as they are in the data.
        var kit = SampleKit.Load(culture: "de-DE");
        var strings = StringTable.Load(Repo.Templates, CultureInfo.GetCultureInfo("de-DE"));
        var model = new WorkbookComposer(kit.P, strings).Compose([]);
        string?[] Column(string sheet, string key)
        {
            var s = model.Sheets.Single(x => x.Name == sheet);
            var i = s.Columns.Select(c => c.Key).ToList().IndexOf(key);
            return s.Rows.Select(r => r.Cells[i] as string).ToArray();
        }
        Assert.Contains("in Arbeit", Column("Actions", "status"));
        Assert.Contains("Share of Wallet", Column("Objectives", "kpi"));
        Assert.Contains("Cross-Selling", Column("Pipeline", "offer_type"));
        Assert.Contains("beobachten", Column("Accounts", "health_light"));
        Assert.Contains("Lebenszyklus", Column("Segments", "dimension"));
        Assert.Equal("A", Column("Accounts", "abc_class")[0]);
        Assert.Equal("k. A.", model.Summary.Missing);
    }
}
