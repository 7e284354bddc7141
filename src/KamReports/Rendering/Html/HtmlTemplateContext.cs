using System.Net;
using Scriban;
using Scriban.Parsing;

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
        return Write(WebUtility.HtmlEncode(text));
    }
}
