using KamReports.Compute;

namespace KamReports.Documents.ReviewPack;

/// <summary>One page per executive sponsor, the pre-read sent ahead of the review: <c>review-packs/brief-&lt;name&gt;.pdf</c>.</summary>
public sealed class SponsorBriefKind : DocumentKind
{
    public override string Key => "sponsor_brief";
    public override string Template => "review-pack/brief.html";
    public override Type Model => typeof(SponsorBriefModel);
    public override int PrintOrder => 3;
    public override string GroupKey => "preview.group_packs";
    public override int MaxPages => 1;

    public override IEnumerable<DocumentSpec> Documents(Portfolio portfolio) => DocumentCatalog.Sponsors(portfolio).Select(s =>
    {
        var slug = Slug.Named(s, "");
        return new DocumentSpec(this, "brief-" + slug, "review-packs/brief-" + slug + ".pdf", "Sponsor brief: " + s,
            portfolio.Accounts.Where(a => a.Account.ExecutiveSponsor == s).Select(a => a.Account.AccountId).ToArray(),
            c => new ReviewPackComposer(c).Brief(s)) { Person = s, KeepHtml = true };
    });
}
