namespace KamReports.Rendering.Html;

/// <summary>Markup that templates write as-is (charts, partials, values a template marked raw). Everything else is HTML-escaped.</summary>
public sealed record RawHtml(string Html)
{
    public override string ToString() => Html;
}
