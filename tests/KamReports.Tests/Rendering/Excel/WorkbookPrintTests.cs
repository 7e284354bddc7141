using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using KamReports.Documents.Workbook;
using KamReports.Formatting;
using KamReports.Rendering.Excel;
using KamReports.TestSupport;
using S = DocumentFormat.OpenXml.Spreadsheet;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace KamReports.Tests.Rendering.Excel;

/// <summary>
/// Issue 23, the workbook for executives: read back from the saved file, it prints one page wide (the Summary on at most two
/// pages, its chart whole), is authored by the tool, shows codes as words and formats every number.
/// </summary>
public class WorkbookPrintTests
{
    private static readonly Dictionary<string, byte[]> Built = new(StringComparer.Ordinal);

    // The sample portfolio's workbook in a culture, built once per culture for the whole class.
    private static MemoryStream Sample(string culture)
    {
        lock (Built)
        {
            if (!Built.TryGetValue(culture, out var bytes))
            {
                var kit = SampleKit.Load(culture: culture);
                var strings = StringTable.Load(Repo.Templates, CultureInfo.GetCultureInfo(culture));
                bytes = WorkbookWriter.Write(new WorkbookComposer(kit.P, strings).Compose([]));
                Built[culture] = bytes;
            }
            return new MemoryStream(bytes, writable: false);
        }
    }

    [Fact]
    public void Every_sheet_prints_one_page_wide_on_A4_with_narrow_margins_and_the_header_row_repeated()
    {
        using var wb = new XLWorkbook(Sample("en"));
        using var doc = SpreadsheetDocument.Open(Sample("en"), false);
        foreach (var ws in wb.Worksheets)
        {
            var raw = RawSheet(doc, ws.Name);
            Assert.True(raw.SheetProperties?.PageSetupProperties?.FitToPage?.Value == true, ws.Name + ": fit to page");
            var setup = raw.Elements<S.PageSetup>().Single();
            Assert.Equal(1u, setup.FitToWidth?.Value ?? 1u);
            Assert.Equal(9u, setup.PaperSize?.Value); // A4
            Assert.InRange(ws.PageSetup.Margins.Left, 0.2, 0.3);
            Assert.InRange(ws.PageSetup.Margins.Right, 0.2, 0.3);
            if (ws.Name == WorkbookComposer.Summary) continue;
            Assert.Equal(0u, setup.FitToHeight?.Value); // as many pages tall as the rows need
            Assert.Equal((1, 1), (ws.PageSetup.FirstRowToRepeatAtTop, ws.PageSetup.LastRowToRepeatAtTop));
        }
        Assert.Equal(XLPageOrientation.Landscape, wb.Worksheet("Accounts").PageSetup.PageOrientation);
        Assert.Equal(XLPageOrientation.Portrait, wb.Worksheet("Validation").PageSetup.PageOrientation); // five narrow columns
    }

    [Fact]
    public void The_summary_prints_on_at_most_two_pages_with_its_chart_whole_on_the_first()
    {
        using var wb = new XLWorkbook(Sample("en"));
        using var doc = SpreadsheetDocument.Open(Sample("en"), false);
        var ws = wb.Worksheet(WorkbookComposer.Summary);
        var setup = RawSheet(doc, ws.Name).Elements<S.PageSetup>().Single();
        Assert.Equal(1u, setup.FitToWidth?.Value ?? 1u);
        Assert.InRange(setup.FitToHeight?.Value ?? 1u, 1u, 2u);
        Assert.Equal(XLPageOrientation.Landscape, ws.PageSetup.PageOrientation);

        var anchor = Assert.Single(SheetPart(doc, ws.Name).DrawingsPart!.WorksheetDrawing.Elements<Xdr.TwoCellAnchor>());
        var lastChartColumn = int.Parse(anchor.ToMarker!.ColumnId!.Text, CultureInfo.InvariantCulture); // 0-based start of the next
        var lastChartRow = int.Parse(anchor.ToMarker!.RowId!.Text, CultureInfo.InvariantCulture);
        var area = Assert.Single(ws.PageSetup.PrintAreas);
        Assert.True(area.RangeAddress.FirstAddress is { RowNumber: 1, ColumnNumber: 1 });
        Assert.True(area.RangeAddress.LastAddress.ColumnNumber >= lastChartColumn, "the print area holds the chart's columns");
        Assert.True(area.RangeAddress.LastAddress.RowNumber >= ws.LastRowUsed()!.RowNumber());

        // Scaled to fit the width of a landscape A4 page, the first page holds every row the chart covers (Excel pt: a column
        // of width w is 7w + 5 pixels of 0.75 pt).
        var m = ws.PageSetup.Margins;
        var pageWidth = (11.69 - m.Left - m.Right) * 72;
        var pageHeight = (8.27 - m.Top - m.Bottom) * 72;
        var width = Enumerable.Range(1, area.RangeAddress.LastAddress.ColumnNumber).Sum(c => (ws.Column(c).Width * 7 + 5) * 0.75);
        var scale = Math.Min(1, pageWidth / width);
        var chartHeight = Enumerable.Range(1, lastChartRow).Sum(r => ws.Row(r).Height) * scale;
        Assert.True(chartHeight <= pageHeight, $"the chart ends {chartHeight:0} pt down, the first page holds {pageHeight:0} pt");
    }

    [Fact]
    public void The_file_and_its_comments_are_authored_by_the_tool_never_the_user()
    {
        using var doc = SpreadsheetDocument.Open(Sample("en"), false);
        Assert.Equal("KamReports", doc.PackageProperties.Creator);
        Assert.Contains(doc.PackageProperties.LastModifiedBy, new[] { null, "KamReports" });
        var authors = doc.WorkbookPart!.WorksheetParts.Select(w => w.WorksheetCommentsPart).OfType<WorksheetCommentsPart>()
            .SelectMany(c => c.Comments.Authors!.Elements<S.Author>()).Select(a => a.Text).ToArray();
        Assert.NotEmpty(authors);
        Assert.All(authors, a => Assert.Equal("KamReports", a));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de-DE")]
    [InlineData("zh-CN")]
    public void Codes_are_shown_as_words_of_the_workbook_language(string culture)
    {
        // The codes of the data contract and the kpis.md keys that the string table translates: none may be a cell's text.
        var strings = StringTable.Load(Repo.Templates, CultureInfo.GetCultureInfo(culture));
        var translated = strings.All
            .Where(e => e.Key.StartsWith("value.", StringComparison.Ordinal) || e.Key.StartsWith("light.", StringComparison.Ordinal)
                || e.Key.StartsWith("dim.", StringComparison.Ordinal) || e.Key.StartsWith("kpi.", StringComparison.Ordinal))
            .Select(e => (Code: e.Key[(e.Key.IndexOf('.') + 1)..], Word: e.Value))
            .GroupBy(e => e.Code).Where(g => g.All(e => e.Word != g.Key)) // en's value.unknown is "unknown"
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var snakeCase = new Regex("^[a-z]+(_[a-z]+)+$");
        using var wb = new XLWorkbook(Sample(culture));
        var found = wb.Worksheets.SelectMany(ws => ws.CellsUsed()).Where(c => c.DataType == XLDataType.Text)
            .Where(c => snakeCase.IsMatch(c.GetString()) || translated.Contains(c.GetString())
                || culture != "en" && c.GetString() == "n/a")
            .Select(c => $"{c.Worksheet.Name}!{c.Address}={c.GetString()}").Distinct().Take(20).ToArray();
        Assert.True(found.Length == 0, "codes in cells: " + string.Join(", ", found));
    }

    [Fact]
    public void Every_cell_of_a_numeric_column_has_a_number_format_by_its_unit()
    {
        using var wb = new XLWorkbook(Sample("en"));
        var general = new List<string>();
        foreach (var ws in wb.Worksheets)
        {
            var lastRow = ws.LastRowUsed()!.RowNumber();
            var numeric = ws.CellsUsed().Where(c => c.DataType == XLDataType.Number).ToArray();
            // A table's numeric column is formatted all the way down (empty cells too, for what people type in later); the
            // Summary's label/value blocks mix units, so there each number carries its own.
            var cells = ws.Name == WorkbookComposer.Summary ? numeric
                : numeric.Select(c => c.Address.ColumnNumber).Distinct()
                    .SelectMany(col => Enumerable.Range(2, lastRow - 1).Select(r => ws.Cell(r, col)))
                    .Where(c => c.DataType != XLDataType.Text || c.IsEmpty()).ToArray();
            general.AddRange(cells.Where(c => c.Style.NumberFormat.NumberFormatId == 0 && c.Style.NumberFormat.Format is "" or "General")
                .Select(c => $"{ws.Name}!{c.Address}"));
        }
        Assert.True(general.Count == 0, "General format: " + string.Join(", ", general.Take(20)));
    }

    private static WorksheetPart SheetPart(SpreadsheetDocument doc, string name)
    {
        var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<S.Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!);
    }

    private static S.Worksheet RawSheet(SpreadsheetDocument doc, string name) => SheetPart(doc, name).Worksheet;
}
