using KamReports.Compute;
using KamReports.Documents.AccountPlan;
using KamReports.Documents.ReviewPack;

namespace KamReports.Documents;

/// <summary>Every document kind, and the documents a portfolio yields with unique file names.</summary>
public static class DocumentCatalog
{
    public static readonly DocumentKind PortfolioPack = new PortfolioPackKind();
    public static readonly DocumentKind SponsorPack = new SponsorPackKind();
    public static readonly DocumentKind AccountPlan = new AccountPlanKind();
    public static readonly DocumentKind SponsorBrief = new SponsorBriefKind();

    /// <summary>Every kind, in print order (<see cref="DocumentKind.PrintOrder"/>). A new kind is one line here.</summary>
    public static readonly IReadOnlyList<DocumentKind> Kinds = new[] { PortfolioPack, SponsorPack, AccountPlan, SponsorBrief }.OrderBy(k =>
        k.PrintOrder).ToArray();

    /// <summary>
    /// Every document of a portfolio, in print order. File names are unique per run, case-insensitively (file systems
    /// that ignore case exist): a name that two documents would share gets a stable suffix from the document's title.
    /// </summary>
    public static IReadOnlyList<DocumentSpec> For(Portfolio p)
    {
        var docs = Kinds.SelectMany(k => k.Documents(p)).ToList();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < docs.Count; i++)
        {
            var d = docs[i];
            if (taken.Add(d.RelativePath)) continue;
            var suffix = "-" + Slug.Hash(d.Title);
            var path = d.RelativePath[..^4] + suffix + ".pdf";
            for (var n = 2; !taken.Add(path); n++) path = d.RelativePath[..^4] + suffix + "-" + n + ".pdf";
            docs[i] = d with { RelativePath = path, Id = d.Id + suffix };
        }
        return docs;
    }

    /// <summary>Executive sponsors with at least one account, ordered by name.</summary>
    public static IReadOnlyList<string> Sponsors(Portfolio p) =>
        p.Accounts.Select(a => a.Account.ExecutiveSponsor).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .ToArray();
}
