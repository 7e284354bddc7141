namespace KamReports.Documents;

/// <summary>
/// One document a run makes: its kind, a URL-safe id, its path under the output folder, a title for
/// people, the accounts whose figures it shows (for incremental runs) and how to compose its model.
/// </summary>
public sealed record DocumentSpec(DocumentKind Kind, string Id, string RelativePath, string Title, IReadOnlyList<string> AccountIds,
    Func<ComposeContext, IDocumentModel> Compose)
{
    /// <summary>The person the document is for (a sponsor's pack and brief): <c>kam send</c> finds their documents by it.</summary>
    public string? Person { get; init; }

    /// <summary>The document's HTML is an output too (the brief: the body of the sponsor's e-mail).</summary>
    public bool KeepHtml { get; init; }
}
