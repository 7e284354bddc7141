namespace KamReports.Documents;

/// <summary>A document's view model: what its template sees, with the facts about the document itself.</summary>
public interface IDocumentModel
{
    DocumentInfo Doc { get; }

    /// <summary>The figures page 1 states (outputs.md, Reconciled before it leaves).</summary>
    IReadOnlyList<Figure> PageOne { get; }
}
