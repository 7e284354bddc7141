using KamReports.Compute;

namespace KamReports.Documents;

/// <summary>
/// One kind of PDF document (like QuestPDF's <c>IDocument</c>): which documents a portfolio yields, their
/// ids and file names, the model type and the template. <c>generate</c>, <c>preview</c> and <c>docs</c>
/// read the same <see cref="DocumentCatalog"/>.
/// </summary>
/// <param name="Key">account_plan, portfolio_pack or sponsor_pack.</param>
/// <param name="Group">The heading the preview lists it under.</param>
/// <param name="Template">The template file, relative to the template folder.</param>
/// <param name="Model">The view model type the template sees.</param>
/// <param name="PerAccount">One document per key account: sharded runs split these; the others are made by shard one.</param>
/// <param name="Documents">The documents of this kind for a portfolio (file names not yet made unique).</param>
public sealed record DocumentKind(string Key, string Group, string Template, Type Model, bool PerAccount, Func<Portfolio, IEnumerable<DocumentSpec>> Documents);
