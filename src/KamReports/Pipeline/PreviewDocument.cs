namespace KamReports.Pipeline;

/// <summary>A document the batch would make, as listed by the preview: id (safe for URLs), group, title and output path.</summary>
public sealed record PreviewDocument(string Id, string Group, string Title, string OutputPath);
