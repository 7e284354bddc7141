using System.Security.Cryptography;
using System.Text;
using KamReports.Compute;

namespace KamReports.Documents;

/// <summary>Every document kind, and the documents a portfolio yields with unique file names.</summary>
public static class DocumentCatalog
{
    public static readonly DocumentKind PortfolioPack = new("portfolio_pack", "Review packs", "review-pack/review-pack.html", typeof(ReviewPackModel), false,
        p => [new DocumentSpec(PortfolioPack!, "portfolio", "review-packs/portfolio.pdf", "Portfolio review pack", p.Accounts.Select(a => a.Account.AccountId).ToArray(), c => c.PortfolioPack())]);

    public static readonly DocumentKind SponsorPack = new("sponsor_pack", "Review packs", "review-pack/review-pack.html", typeof(ReviewPackModel), false,
        p => Sponsors(p).Select(s => new DocumentSpec(SponsorPack!, "sponsor-" + Named(s, ""), "review-packs/sponsor-" + Named(s, "") + ".pdf", "Sponsor pack: " + s,
            p.Accounts.Where(a => a.Account.ExecutiveSponsor == s).Select(a => a.Account.AccountId).ToArray(), c => c.SponsorPack(s))));

    public static readonly DocumentKind AccountPlan = new("account_plan", "Account plans", "account-plan/account-plan.html", typeof(AccountPlanModel), true,
        p => p.KeyAccounts.Select(a =>
        {
            var name = Named(a.Account.Name, Slug.SafeId(a.Account.AccountId) + "-");
            return new DocumentSpec(AccountPlan!, "plan-" + name, "account-plans/" + name + ".pdf", $"{a.Account.Name} ({a.Account.AccountId})", [a.Account.AccountId], c => c.AccountPlan(a));
        }));

    /// <summary>The kinds in print order: packs first (they are the longest documents).</summary>
    public static readonly IReadOnlyList<DocumentKind> Kinds = [PortfolioPack, SponsorPack, AccountPlan];

    /// <summary>
    /// Every document of a portfolio. File names are unique per run, case-insensitively (file systems that
    /// ignore case exist): a name that two documents would share gets a stable suffix from the document's key.
    /// </summary>
    public static IReadOnlyList<DocumentSpec> For(Portfolio p)
    {
        var docs = Kinds.SelectMany(k => k.Documents(p)).ToList();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < docs.Count; i++)
        {
            var d = docs[i];
            if (taken.Add(d.RelativePath)) continue;
            var suffix = "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(d.Title)))[..8];
            var path = d.RelativePath[..^4] + suffix + ".pdf";
            for (var n = 2; !taken.Add(path); n++) path = d.RelativePath[..^4] + suffix + "-" + n + ".pdf";
            docs[i] = d with { RelativePath = path, Id = d.Id + suffix };
        }
        return docs;
    }

    /// <summary>Executive sponsors with at least one account, ordered by name.</summary>
    public static IReadOnlyList<string> Sponsors(Portfolio p) =>
        p.Accounts.Select(a => a.Account.ExecutiveSponsor).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    // prefix + slug of the name; a name without any ASCII letter (e.g. Chinese) gets a short hash in its place.
    private static string Named(string name, string prefix)
    {
        var slug = Slug.Make(name);
        if (slug.Length > 0) return prefix + slug;
        return prefix.Length > 0 ? prefix.TrimEnd('-') : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];
    }
}
