using KamReports.Documents;

namespace KamReports.Rendering;

/// <summary>A document rendered to HTML with its running header and footer, ready to print; its page-1 figures and its kind's page
/// bound go along for the read-back after printing.</summary>
public sealed record RenderedDocument(string Html, string HeaderHtml, string FooterHtml, string Title, string Author, string Subject)
{
    public IReadOnlyList<Figure> PageOne { get; init; } = [];

    /// <summary>The most pages a document of its kind may have (<see cref="DocumentKind.MaxPages"/>).</summary>
    public int MaxPages { get; init; } = int.MaxValue;
}
