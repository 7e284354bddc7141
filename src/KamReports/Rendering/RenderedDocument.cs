namespace KamReports.Rendering;

/// <summary>A document rendered to HTML with its running header and footer, ready to print.</summary>
public sealed record RenderedDocument(string Html, string HeaderHtml, string FooterHtml, string Title, string Author, string Subject);
