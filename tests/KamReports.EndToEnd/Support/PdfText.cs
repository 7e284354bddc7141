using UglyToad.PdfPig;

namespace KamReports.EndToEnd.Support;

/// <summary>Reads a PDF back with PdfPig: text per page (words joined by spaces), page count and metadata.</summary>
internal sealed record PdfText(IReadOnlyList<string> Pages, string? Title, string? Author, string? Subject)
{
    public string All => string.Join("\n", Pages);

    public static PdfText Read(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        var pages = doc.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToArray();
        return new PdfText(pages, doc.Information.Title, doc.Information.Author, doc.Information.Subject);
    }

    public static PdfText Read(string path) => Read(File.ReadAllBytes(path));
}
