using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using KamReports.Compute;
using KamReports.Config;
using KamReports.Documents.Workbook;
using KamReports.Formatting;
using KamReports.Records;
using KamReports.Rendering.Excel;
using KamReports.TestSupport;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace KamReports.Tests.Rendering.Excel;

public class WorkbookTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly string _path;

    public WorkbookTests()
    {
        var data = Scenario.Build();
        data = data with
        {
            Accounts = data.Accounts.Select(a => a.AccountId == "A2" ? a with { Name = "=HYPERLINK(\"http://evil\",\"click\")" } : a)
                .ToArray(),
        };
        var portfolio = PortfolioCalculator.Compute(data, new KamConfig(), FiscalQuarter.TryParse("2026-Q3", 1)!.Value);
        _path = Path.Combine(_dir.Path, "kam-review-2026-Q3.xlsx");
        var strings = StringTable.Load(Repo.Templates, System.Globalization.CultureInfo.GetCultureInfo("en"));
        File.WriteAllBytes(_path, WorkbookWriter.Write(new WorkbookComposer(portfolio, strings)
            .Compose([new ValidationProblem("revenue.csv", 7, "amount", "lots", "not a number")])));
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Has_the_sheets_of_outputs_md_in_order()
    {
        using var wb = new XLWorkbook(_path);
        Assert.Equal(["Summary", "Decisions", "Accounts", "Segments", "ABC", "Revenue", "Actions", "Objectives", "Pipeline", "Value", "Programme", "Validation"],
            wb.Worksheets.Select(w => w.Name));
    }

    [Fact]
    public void Accounts_sheet_is_a_table_with_every_kpi_column_typed_and_formatted()
    {
        using var wb = new XLWorkbook(_path);
        var ws = wb.Worksheet("Accounts");
        // Readable titles in the header, the kpis.md key in each header cell's comment.
        var headers = ws.Row(1).CellsUsed().Select(c => c.HasComment ? c.Comment.Text : c.GetString()).ToArray();
        Assert.Equal("account_id", headers[0]);
        Assert.Equal("Account ID", ws.Cell(1, 1).GetString());
        Assert.Equal("Revenue TTM", ws.Cell(1, Array.IndexOf(headers, "revenue_ttm") + 1).GetString());
        foreach (var k in KpiCatalog.All) Assert.Contains(k.Key, headers);
        var table = Assert.Single(ws.Tables);
        Assert.Equal("AccountsTable", table.Name);
        Assert.True(table.ShowAutoFilter);
        var row = ws.RowsUsed().Single(r => r.Cell(1).GetString() == "A1");
        int Col(string key) => Array.IndexOf(headers, key) + 1;
        Assert.Equal(XLDataType.Number, row.Cell(Col("revenue")).DataType);
        Assert.Equal(2000, row.Cell(Col("revenue")).GetDouble());
        Assert.Equal(-0.2, row.Cell(Col("growth_yoy")).GetDouble(), 10);
        Assert.Equal("0.0%", row.Cell(Col("growth_yoy")).Style.NumberFormat.Format);
        Assert.Equal(ColumnFormat.Money, row.Cell(Col("revenue")).Style.NumberFormat.Format);
        Assert.Equal(43.75, row.Cell(Col("health_score")).GetDouble(), 6);
        Assert.Equal("A", row.Cell(Col("abc_class")).GetString());
        var a2 = ws.RowsUsed().Single(r => r.Cell(1).GetString() == "A2");
        Assert.True(a2.Cell(Col("growth_yoy")).IsEmpty()); // missing stays empty, never 0
        Assert.True(ws.SheetView.SplitRow == 1 && ws.SheetView.SplitColumn == 2);
        Assert.NotEmpty(ws.ConditionalFormats);
        Assert.All(Enumerable.Range(1, headers.Length), c => Assert.InRange(ws.Column(c).Width, 6, 63));
    }

    [Fact]
    public void Text_from_input_data_never_becomes_a_formula()
    {
        using var wb = new XLWorkbook(_path);
        foreach (var sheet in new[] { "Accounts", "ABC", "Revenue" })
        {
            var cell = wb.Worksheet(sheet).CellsUsed().Single(c => c.GetString().StartsWith("=HYPERLINK", StringComparison.Ordinal));
            Assert.False(cell.HasFormula);
            Assert.Equal("=HYPERLINK(\"http://evil\",\"click\")", cell.GetString());
        }
        Assert.DoesNotContain(wb.Worksheets.SelectMany(w => w.CellsUsed()), c => c.HasFormula);
    }

    [Fact]
    public void Abc_and_revenue_and_validation_sheets_match_the_computed_portfolio()
    {
        using var wb = new XLWorkbook(_path);
        var abc = wb.Worksheet("ABC");
        Assert.Equal("A1", abc.Cell(2, 2).GetString());
        Assert.Equal(0.8, abc.Cell(2, 6).GetDouble(), 10);
        Assert.Equal("A", abc.Cell(2, 7).GetString());
        var rev = wb.Worksheet("Revenue");
        Assert.Equal("2026-Q3", rev.Cell(1, 10).GetString());
        Assert.Equal(2000, rev.RowsUsed().Single(r => r.Cell(1).GetString() == "A1").Cell(10).GetDouble());
        var val = wb.Worksheet("Validation");
        Assert.Equal(("revenue.csv", 7.0, "amount", "lots", "not a number"), (val.Cell(2, 1).GetString(), val.Cell(2, 2).GetDouble(),
            val.Cell(2, 3).GetString(), val.Cell(2, 4).GetString(), val.Cell(2, 5).GetString()));
        var actions = wb.Worksheet("Actions");
        Assert.Equal(5, actions.RowsUsed().Count() - 1);
        Assert.Equal(XLDataType.DateTime, actions.Cell(2, 6).DataType);
    }

    [Fact]
    public void Native_charts_are_bound_to_the_sheet_cells()
    {
        using var doc = SpreadsheetDocument.Open(_path, false);
        var wbPart = doc.WorkbookPart!;
        string[] Formulas(string sheet)
        {
            var s = wbPart.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(x => x.Name == sheet);
            var ws = (WorksheetPart)wbPart.GetPartById(s.Id!);
            var chart = Assert.Single(ws.DrawingsPart!.ChartParts);
            return chart.ChartSpace.Descendants<C.Formula>().Select(f => f.Text).ToArray();
        }
        var pareto = Formulas("ABC");
        Assert.Contains("'ABC'!$C$2:$C$5", pareto);
        Assert.Contains("'ABC'!$D$2:$D$5", pareto);
        Assert.Contains("'ABC'!$F$2:$F$5", pareto);
        Assert.Contains("'ABC'!$D$1", pareto); // series names come from the header cells
        var trend = Formulas("Summary");
        Assert.Contains("'Summary'!$F$5:$F$12", trend);
        Assert.Contains("'Summary'!$E$5:$E$12", trend);
        using var wb = new XLWorkbook(_path);
        Assert.Equal("2024-Q4", wb.Worksheet("Summary").Cell(5, 5).GetString());
    }

    [Fact]
    public void Decisions_sheet_is_the_asks_register_with_status_age_and_outcome_open_and_overdue_first()
    {
        var kit = SampleKit.Load();
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "wb.xlsx");
        File.WriteAllBytes(path, WorkbookWriter.Write(new WorkbookComposer(kit.P, kit.Formatter.Strings).Compose([])));
        using var wb = new XLWorkbook(path);
        var ws = wb.Worksheet("Decisions");
        var header = ws.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Equal(["Ask ID", "Account ID", "Account", "Ask", "Asked of", "Raised", "Needed by", "Value at stake", "Status", "Decided",
            "Outcome", "Owner", "Age (quarters)", "Overdue"], header);
        var rows = ws.RowsUsed().Skip(1).Select(r => r.Cells(1, header.Count).Select(c => c.Value).ToArray()).ToArray();
        // Every ask raised by the end of 2026-Q3, once.
        var expected = kit.P.Accounts.Sum(a => a.Asks.Count);
        Assert.Equal(expected, rows.Length);
        Assert.Equal(rows.Length, rows.Select(r => r[0].ToString()).Distinct().Count());
        // ASK-0001-02: open, needed by 30 Jun 2026 (before the quarter's end): overdue, raised in Q2 (age 1), €60,000 at stake.
        var discount = rows.Single(r => r[0].ToString() == "ASK-0001-02");
        Assert.Equal("open", discount[8].ToString());
        Assert.Equal(1.0, Convert.ToDouble(discount[12], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(60_000.0, Convert.ToDouble(discount[7], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("True", discount[13].ToString(), ignoreCase: true);
        // ASK-0001-03: done on 10 Sep 2026 with its outcome.
        var qbr = rows.Single(r => r[0].ToString() == "ASK-0001-03");
        Assert.Equal("done", qbr[8].ToString());
        Assert.Equal(new DateTime(2026, 9, 10), Convert.ToDateTime(qbr[9], System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("Claire joined the QBR on 10 Sep", qbr[10].ToString());
        // Open and overdue asks lead the register.
        var firstClosed = Array.FindIndex(rows, r => r[8].ToString() != "open");
        Assert.All(rows.Take(firstClosed), r => Assert.Equal("open", r[8].ToString()));
        Assert.All(rows.Skip(firstClosed), r => Assert.NotEqual("open", r[8].ToString()));
        Assert.Equal("True", rows[0][13].ToString(), ignoreCase: true);
        Assert.Contains("#,##0", ws.Cell(rows.ToList().IndexOf(discount) + 2, 8).Style.NumberFormat.Format); // money, not General
    }

    [Fact]
    public void Programme_sheet_shows_each_key_accounts_tactics_as_words_with_its_exit_barriers()
    {
        var kit = SampleKit.Load(culture: "de-DE");
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "wb.xlsx");
        File.WriteAllBytes(path, WorkbookWriter.Write(new WorkbookComposer(kit.P, kit.Formatter.Strings).Compose([])));
        using var wb = new XLWorkbook(path);
        var ws = wb.Worksheet("Programme");
        var header = ws.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("Individualisierung", header);
        var meridian = kit.P.Accounts.Single(a => a.Account.AccountId == "ACC-0001");
        var row = ws.RowsUsed().Skip(1).Single(r => r.Cell(1).GetString() == "ACC-0001");
        var customisation = meridian.Programme.Single(t => t.Tactic == KamReports.Records.Tactic.Customisation);
        Assert.Equal(kit.Formatter.Strings.TryGet("value." + KamReports.Documents.Codes.Of(customisation.Status!.Value)),
            row.Cell(header.IndexOf("Individualisierung") + 1).GetString());
        Assert.Equal((double)meridian.Kpis.TacticsInPlace!.Value, row.Cell(header.Count - 3).GetDouble());
        Assert.Equal(kit.P.KeyAccounts.Count(), ws.RowsUsed().Count() - 1);
    }
}
