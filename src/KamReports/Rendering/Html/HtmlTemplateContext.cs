using KamReports.Formatting;
using Scriban;
using Scriban.Parsing;

using KamReports.Documents;

namespace KamReports.Rendering.Html;

/// <summary>A Scriban context that HTML-escapes every value written by <c>{{ ... }}</c> unless it is <see cref="RawHtml"/>.</summary>
internal sealed class HtmlTemplateContext(ValueFormatter formatter) : TemplateContext
{
    public ValueFormatter Formatter { get; } = formatter;

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null) return this;
        if (textAsObject is RawHtml raw) return Write(raw.Html);
        var text = ObjectToString(textAsObject);
        return Write(Escape(text));
    }

    /// <summary>Escapes the five HTML-significant characters; other characters (ö, 中) stay as they are.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny("&<>\"'") < 0) return text ?? "";
        var sb = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}
