using KamReports.Compute;

namespace KamReports.Documents;

/// <summary>
/// One kind of PDF document (like QuestPDF's <c>IDocument</c>): which documents a portfolio yields, their ids,
/// file names and titles, the model its template sees, the template, where it prints and where the preview lists
/// it. <c>generate</c>, <c>preview</c> and <c>docs</c> read the kinds of the <see cref="DocumentCatalog"/>.
/// </summary>
public abstract class DocumentKind
{
    /// <summary>account_plan, portfolio_pack, sponsor_pack: the key of hashes, manifests and the string <c>kind.KEY</c>.</summary>
    public abstract string Key { get; }

    /// <summary>The template file, relative to the template folder.</summary>
    public abstract string Template { get; }

    /// <summary>The view model type the template sees (<c>kam docs templates</c> lists its members).</summary>
    public abstract Type Model { get; }

    /// <summary>Print order of the run: lower first. The longest documents go first, so both cores stay busy to the end.</summary>
    public abstract int PrintOrder { get; }

    /// <summary>The string-table key of the heading the preview lists this kind under.</summary>
    public abstract string GroupKey { get; }

    /// <summary>The most pages a document of this kind may print to: the read-back after printing fails a longer one.</summary>
    public abstract int MaxPages { get; }

    /// <summary>One document per key account: sharded runs split these; the others are made by shard one.</summary>
    public virtual bool PerAccount => false;

    /// <summary>The documents of this kind for a portfolio (file names not yet made unique across kinds).</summary>
    public abstract IEnumerable<DocumentSpec> Documents(Portfolio portfolio);

    public override string ToString() => Key;
}
