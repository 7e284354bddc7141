using KamReports.EndToEnd.Support;
using KamReports.Records;
using KamReports.TestSupport;

namespace KamReports.EndToEnd.Rendering.Pdf;

/// <summary>Issue 15: fonts embed as TrueType (no Type 3), in Latin and Chinese documents, and Chinese text extracts as written.</summary>
[Collection("browser")]
public class FontEmbeddingPdfTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public async Task Plans_embed_no_type3_font_and_chinese_names_extract_as_written(string culture)
    {
        var kit = new RenderKit(culture);
        var a = kit.Account("A1");
        // A Chinese account name in an English or Chinese plan: its glyphs come from a TrueType CJK font.
        var named = a with { Account = a.Account with { Name = "上海精密机械有限公司" } };
        var pdf = await browser.Printer.PrintAsync(kit.Renderer.AccountPlan(kit.Composer.AccountPlan(named)));
        // Every font object of the file, read with PdfPig: TrueType (CIDFontType2) subsets, no Type 3.
        var subtypes = FontSubtypes(pdf);
        Assert.NotEmpty(subtypes);
        Assert.DoesNotContain("Type3", subtypes);
        Assert.Contains("CIDFontType2", subtypes);
        Assert.Contains("上海精密机械有限公司", PdfText.Read(pdf).All);
    }

    private static List<string> FontSubtypes(byte[] pdf)
    {
        using var doc = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var result = new List<string>();
        foreach (var reference in doc.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            UglyToad.PdfPig.Tokens.IToken token;
            try { token = doc.Structure.GetObject(reference).Data; }
            catch (Exception) { continue; } // an entry PdfPig cannot resolve on its own is not a font dictionary we need
            if (token is UglyToad.PdfPig.Tokens.DictionaryToken d && d.TryGet(UglyToad.PdfPig.Tokens.NameToken.Type, out var type)
                && type is UglyToad.PdfPig.Tokens.NameToken { Data: "Font" }
                && d.TryGet(UglyToad.PdfPig.Tokens.NameToken.Subtype, out var sub) && sub is UglyToad.PdfPig.Tokens.NameToken n)
                result.Add(n.Data);
        }
        return result;
    }
}
