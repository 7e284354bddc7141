using System.Text;
using KamReports.Documents;
using KamReports.Verification;

namespace KamReports.Tests.Verification;

/// <summary>Issue 23: the read-back after printing refuses a font that is not embedded, a Type 3 font, a page count above the kind's
/// bound and a page 1 without one of its figures.</summary>
public class PdfReadBackTests
{
    private static readonly Figure Revenue = new("revenue_ttm", "key_accounts", "ttm", "money_short", 1_600_000, "€1.6M");

    [Fact]
    public void A_font_that_is_not_embedded_and_a_type_3_font_are_named()
    {
        var pdf = Pdf(pages: 1, "Revenue €1.6M", type3: true);
        var (pages, failures) = PdfReadBack.Check(pdf, 10, [Revenue]);
        Assert.Equal(1, pages);
        Assert.Contains("font Helvetica is not embedded", failures);
        Assert.Contains(failures, f => f.StartsWith("font ", StringComparison.Ordinal) && f.Contains("is Type 3"));
        Assert.DoesNotContain(failures, f => f.StartsWith("page 1 does not show", StringComparison.Ordinal));
    }

    [Fact]
    public void Too_many_pages_and_a_missing_page_one_figure_are_named()
    {
        var pdf = Pdf(pages: 3, "Revenue €1.7M", type3: false);
        var (pages, failures) = PdfReadBack.Check(pdf, 2, [Revenue]);
        Assert.Equal(3, pages);
        Assert.Contains("3 pages, more than the 2 of its kind", failures);
        Assert.Contains("page 1 does not show €1.6M (revenue_ttm, key_accounts)", failures);
    }

    [Fact]
    public void Bytes_that_are_no_pdf_are_one_line()
    {
        var (pages, failures) = PdfReadBack.Check(Encoding.ASCII.GetBytes("<html>not a pdf</html>"), 2, []);
        Assert.Equal(0, pages);
        Assert.Single(failures);
        Assert.StartsWith("the PDF cannot be read", failures[0]);
    }

    // A small PDF written by hand: pages of text in Helvetica (a standard font, not embedded), optionally a Type 3 font resource.
    private static byte[] Pdf(int pages, string text, bool type3)
    {
        var objects = new List<string>();
        var kids = string.Join(" ", Enumerable.Range(0, pages).Select(i => $"{5 + 2 * i} 0 R"));
        objects.Add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.Add($"<< /Type /Pages /Kids [{kids}] /Count {pages} >>");
        objects.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        objects.Add("<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1 1] /FontMatrix [1 0 0 1 0 0] /CharProcs << >> /Encoding << >> "
            + "/FirstChar 0 /LastChar 0 /Widths [0] /Resources << >> >>");
        for (var i = 0; i < pages; i++)
        {
            var fonts = type3 ? "/F1 3 0 R /F2 4 0 R" : "/F1 3 0 R";
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << {fonts} >> >> /Contents {6 + 2 * i} 0 R >>");
            var content = $"BT /F1 12 Tf 72 700 Td ({text.Replace("€", "\\200")}) Tj ET";
            objects.Add($"<< /Length {Encoding.Latin1.GetByteCount(content)} >>\nstream\n{content}\nendstream");
        }
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(sb.ToString()));
            sb.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.Latin1.GetByteCount(sb.ToString());
        sb.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append($"{o:D10} 00000 n \n");
        sb.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(sb.ToString());
    }
}
