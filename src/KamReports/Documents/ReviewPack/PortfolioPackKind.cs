using KamReports.Compute;

namespace KamReports.Documents.ReviewPack;

/// <summary>The portfolio review pack for leadership: <c>review-packs/portfolio.pdf</c>.</summary>
public sealed class PortfolioPackKind : DocumentKind
{
    public override string Key => "portfolio_pack";
    public override string Template => "review-pack/review-pack.html";
    public override Type Model => typeof(ReviewPackModel);
    public override int PrintOrder => 0;
    public override string GroupKey => "preview.group_packs";
    public override int MaxPages => 24;

    public override IEnumerable<DocumentSpec> Documents(Portfolio portfolio) =>
    [
        new DocumentSpec(this, "portfolio", "review-packs/portfolio.pdf", "Portfolio review pack",
            portfolio.Accounts.Select(a => a.Account.AccountId).ToArray(), c => new ReviewPackComposer(c).Portfolio()),
    ];
}
