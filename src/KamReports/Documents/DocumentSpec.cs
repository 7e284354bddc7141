namespace KamReports.Documents;

/// <summary>
/// One document a run makes: its kind, a URL-safe id, its path under the output folder, a title for
/// people, the accounts whose figures it shows (for incremental runs) and how to compose its model.
/// </summary>
public sealed record DocumentSpec(DocumentKind Kind, string Id, string RelativePath, string Title, IReadOnlyList<string> AccountIds,
    Func<ComposeContext, IDocumentModel> Compose);
