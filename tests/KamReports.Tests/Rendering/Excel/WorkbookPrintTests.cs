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

    private static WorksheetPart SheetPart(SpreadsheetDocument doc, string name)
    {
        var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<S.Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!);
    }

    private static S.Worksheet RawSheet(SpreadsheetDocument doc, string name) => SheetPart(doc, name).Worksheet;
}
