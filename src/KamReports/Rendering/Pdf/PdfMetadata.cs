using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KamReports.Rendering.Pdf;

/// <summary>
/// Sets Title, Author, Subject and Creator of a PDF by appending an incremental update with a new
/// document information dictionary (Chromium only writes the title).
/// </summary>
public static partial class PdfMetadata
{
    [GeneratedRegex(@"trailer\s*<<(?<body>.*?)>>\s*startxref\s*(?<xref>\d+)\s*%%EOF\s*$", RegexOptions.Singleline)]
    private static partial Regex TrailerRegex();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizeRegex();

    [GeneratedRegex(@"/Root\s+(\d+\s+\d+\s+R)")]
    private static partial Regex RootRegex();

    /// <summary>Returns the PDF with the metadata set, or the input unchanged when its trailer is not a classic one.</summary>
    public static byte[] Apply(byte[] pdf, string title, string author, string subject, string creator)
    {
        var tailStart = Math.Max(0, pdf.Length - 4096);
        var tail = Encoding.Latin1.GetString(pdf, tailStart, pdf.Length - tailStart);
        var m = TrailerRegex().Match(tail);
        if (!m.Success) return pdf;
        var body = m.Groups["body"].Value;
        var size = SizeRegex().Match(body);
        var root = RootRegex().Match(body);
        if (!size.Success || !root.Success) return pdf;
        var objNum = int.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture);
        var prevXref = m.Groups["xref"].Value;
        var date = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

        using var ms = new MemoryStream(pdf.Length + 1024);
        ms.Write(pdf);
        if (pdf[^1] != '\n') ms.WriteByte((byte)'\n');
        var objOffset = ms.Position;
        var obj = $"{objNum} 0 obj\n<< /Title {Text(title)} /Author {Text(author)} /Subject {Text(subject)} /Creator {Text(creator)}"
            + $" /Producer (KamReports + Chromium) /CreationDate (D:{date}Z) >>\nendobj\n";
        ms.Write(Encoding.Latin1.GetBytes(obj));
        var xrefOffset = ms.Position;
        var xref = $"xref\n0 1\n0000000000 65535 f \n{objNum} 1\n{objOffset:0000000000} 00000 n \n"
            + $"trailer\n<< /Size {objNum + 1} /Root {root.Groups[1].Value} /Info {objNum} 0 R /Prev {prevXref} >>\n"
            + $"startxref\n{xrefOffset}\n%%EOF\n";
        ms.Write(Encoding.Latin1.GetBytes(xref));
        return ms.ToArray();
    }

    // PDF text string: UTF-16BE with BOM, hex-encoded, so any script survives.
    private static string Text(string s)
    {
        var sb = new StringBuilder("<FEFF");
        foreach (var b in Encoding.BigEndianUnicode.GetBytes(s)) sb.Append(b.ToString("X2", CultureInfo.InvariantCulture));
        return sb.Append('>').ToString();
    }
}
