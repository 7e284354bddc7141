using KamReports.Compute;

namespace KamReports.Documents.ReviewPack;

/// <summary>One review pack per executive sponsor, about the sponsor's accounts: <c>review-packs/sponsor-&lt;name&gt;.pdf</c>.</summary>
public sealed class SponsorPackKind : DocumentKind
{
    public override string Key => "sponsor_pack";
    public override string Template => "review-pack/review-pack.html";
    public override Type Model => typeof(ReviewPackModel);
    public override int PrintOrder => 1;
    public override string GroupKey => "preview.group_packs";
    public override int MaxPages => 16;

    public override IEnumerable<DocumentSpec> Documents(Portfolio portfolio) => DocumentCatalog.Sponsors(portfolio).Select(s =>
    {
        var name = "sponsor-" + Slug.Named(s, "");
        return new DocumentSpec(this, name, "review-packs/" + name + ".pdf", "Sponsor pack: " + s,
            portfolio.Accounts.Where(a => a.Account.ExecutiveSponsor == s).Select(a => a.Account.AccountId).ToArray(),
                c => new ReviewPackComposer(c).Sponsor(s)) { Person = s };
    });
}
