using System.Text;
using KamReports.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace KamReports.Verification;

/// <summary>
/// Reads a printed PDF back (outputs.md, Reconciled before it leaves): its text is extractable (page 1 read without U+0000, every
/// font with a ToUnicode map), every font is embedded and none is Type 3, the page count is within the kind's bound, and page 1
/// shows each page-1 figure as the model wrote it.
/// </summary>
public static class PdfReadBack
{
    /// <summary>The PDF's page count and the problems found, one line each (none when the PDF passes).</summary>
    public static (int Pages, List<string> Failures) Check(byte[] pdf, int maxPages, IEnumerable<Figure> pageOne)
    {
        var failures = new List<string>();
        PdfDocument doc;
        try
        {
            doc = PdfDocument.Open(pdf);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failures.Add("the PDF cannot be read: " + e.Message);
            return (0, failures);
        }
        using (doc)
        {
            if (doc.NumberOfPages > maxPages) failures.Add($"{doc.NumberOfPages} pages, more than the {maxPages} of its kind");
            // Page 1 is read in full (its figures are looked for); every other page's text is extractable when each font maps its
            // glyphs to text (a ToUnicode map, checked with the fonts below): reading every page would double the time of a run.
            var text = doc.NumberOfPages > 0 ? doc.GetPage(1).Text : "";
            if (text.Contains('\0')) failures.Add("page 1: text that cannot be extracted (U+0000)");
            var firstPage = Squeeze(text);
            foreach (var f in pageOne.DistinctBy(f => f.Shown))
                if (!firstPage.Contains(Squeeze(f.Shown), StringComparison.Ordinal))
                    failures.Add($"page 1 does not show {f.Shown} ({f.Key}, {f.Scope})");
            failures.AddRange(Fonts(doc));
            return (doc.NumberOfPages, failures);
        }
    }

    // Fonts: a Type 3 font (glyphs drawn as pictures) or a simple font without a font program is refused.
    private static IEnumerable<string> Fonts(PdfDocument doc)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in doc.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            IToken token;
            try
            {
                token = doc.Structure.GetObject(reference).Data;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                continue; // an object PdfPig cannot resolve on its own (a compressed stream's member) is not a font dictionary
            }
            if (token is not DictionaryToken d || !d.TryGet(NameToken.Type, out var type) || type is not NameToken { Data: var t }) continue;
            var name = d.TryGet(NameToken.BaseFont, out var bf) && bf is NameToken n ? n.Data
                : d.TryGet(NameToken.FontName, out var fnt) && fnt is NameToken fn ? fn.Data : reference.ToString();
            if (t == "Font" && d.TryGet(NameToken.Subtype, out var sub) && sub is NameToken { Data: var subtype })
            {
                if (subtype == "Type3" && seen.Add("3" + name)) yield return $"font {name} is Type 3 (its text is drawn, not written)";
                if (subtype is "Type1" or "TrueType" or "MMType1" && !d.ContainsKey(NameToken.FontDescriptor) && seen.Add("e" + name))
                    yield return $"font {name} is not embedded";
                if (subtype is "Type0" or "TrueType" && !d.ContainsKey(NameToken.ToUnicode) && seen.Add("u" + name))
                    yield return $"font {name} has no ToUnicode map: its text cannot be extracted";
            }
            else if (t == "FontDescriptor" && !d.ContainsKey(NameToken.FontFile) && !d.ContainsKey(NameToken.FontFile2)
                && !d.ContainsKey(NameToken.FontFile3) && seen.Add("e" + name))
                yield return $"font {name} is not embedded";
        }
    }

    // Whitespace of any kind (line breaks, no-break spaces, word joiners) is dropped on both sides: a figure reads the same wrapped.
    private static string Squeeze(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
            if (!char.IsWhiteSpace(ch) && ch is not ('\u2060' or '\u200B' or '\u00AD' or '\uFEFF')) sb.Append(ch);
        return sb.ToString();
    }
}
