using KamReports.Compute;
using KamReports.Config;
using KamReports.Documents;
using KamReports.TestSupport;

namespace KamReports.Tests.Documents;

public class DocumentCatalogTests
{
    private static readonly FiscalQuarter Q3 = FiscalQuarter.TryParse("2026-Q3", 1)!.Value;

    [Fact]
    public void A_portfolio_yields_one_portfolio_pack_one_pack_per_sponsor_and_one_plan_per_key_account()
    {
        var p = PortfolioCalculator.Compute(Scenario.Build(), new KamConfig(), Q3);
        // The kinds this test knows; a kind added later has tests of its own.
        DocumentKind[] known = [DocumentCatalog.PortfolioPack, DocumentCatalog.SponsorPack, DocumentCatalog.AccountPlan];
        var docs = DocumentCatalog.For(p).Where(d => known.Contains(d.Kind)).ToList();
        Assert.Equal(["review-packs/portfolio.pdf", "review-packs/sponsor-claire.pdf", "account-plans/A1-account-a1.pdf"],
            docs.Select(d => d.RelativePath));
        Assert.Equal(["portfolio", "sponsor-claire", "plan-A1-account-a1"], docs.Select(d => d.Id));
        Assert.Equal(["A1"], docs[1].AccountIds);
        Assert.Equal(p.Accounts.Count, docs[0].AccountIds.Count);
    }

    [Fact]
    public void File_names_that_would_collide_get_stable_unique_suffixes()
    {
        // Ids that differ only by characters unsafe in file names, and names that slug alike, must not overwrite each other.
        var data = new DataSetBuilder()
            .Account("x:y", key: true, name: "Same", sponsor: "Anna Berg")
            .Account("x/y", key: true, name: "Same", sponsor: "Anna-Berg")
            .Account("X-Y", key: true, name: "same", sponsor: "Anna Berg")
            .Line("x:y", "2026-08-01", "P", 100).Line("x/y", "2026-08-01", "P", 100).Line("X-Y", "2026-08-01", "P", 100)
            .Build();
        var p = PortfolioCalculator.Compute(data, new KamConfig(), Q3);
        var first = DocumentCatalog.For(p).Select(d => d.RelativePath).ToArray();
        // One portfolio pack, two sponsor packs, two sponsor briefs, three plans (and whatever other kinds make).
        Assert.Equal(8, first.Count(f => f.StartsWith("review-packs/", StringComparison.Ordinal) || f.StartsWith("account-plans/",
            StringComparison.Ordinal)));
        Assert.Equal(first.Length, first.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(first, DocumentCatalog.For(p).Select(d => d.RelativePath)); // stable from run to run
    }

    [Fact]
    public void A_sponsor_scope_ranks_and_shares_within_the_sponsor()
    {
        var data = new DataSetBuilder()
            .Account("S1", sponsor: "Claire").Account("S2", sponsor: "Claire").Account("O1", sponsor: "Other")
            .Line("S1", "2026-08-01", "P", 300).Line("S2", "2026-08-01", "P", 100).Line("O1", "2026-08-01", "P", 600)
            .Build();
        var p = PortfolioCalculator.Compute(data, new KamConfig(), Q3);
        var scope = p.Scope(ScopeKind.Sponsor, "Claire");
        // Claire's total is 400: S1 = 75%, S2 = 25%, cumulative 75% then 100%; in the portfolio S1 is 30%.
        Assert.Equal(["S1", "S2"], scope.Abc.Select(e => e.Account.Account.AccountId));
        Assert.Equal([1, 2], scope.Abc.Select(e => e.Rank));
        Assert.Equal(0.75, scope.Abc[0].Share!.Value, 10);
        Assert.Equal(1.0, scope.Abc[1].Cumulative!.Value, 10);
        Assert.Equal(0.3, p.All.Abc.Single(e => e.Account.Account.AccountId == "S1").Share!.Value, 10);
        Assert.Equal(400m, scope.Totals.RevenueTtm);
        Assert.Equal(400m, scope.Kpi("revenue_ttm").Amount);
        Assert.Same(scope, p.Scope(ScopeKind.Sponsor, "Claire")); // computed once
    }
}
