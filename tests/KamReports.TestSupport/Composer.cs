using KamReports.Compute;
using KamReports.Documents;
using KamReports.Documents.AccountPlan;
using KamReports.Documents.ReviewPack;
using KamReports.Rendering;

namespace KamReports.TestSupport;

/// <summary>The document kinds' composers over one compose context, by document, as the tests ask for them.</summary>
public sealed class Composer(ComposeContext context)
{
    public ComposeContext Context => context;

    public AccountPlanModel AccountPlan(AccountResult a) => new AccountPlanComposer(context).Compose(a);

    public ReviewPackModel PortfolioPack() => new ReviewPackComposer(context).Portfolio();

    public ReviewPackModel SponsorPack(string sponsor) => new ReviewPackComposer(context).Sponsor(sponsor);
}

/// <summary>Renders a model with its kind's template.</summary>
public static class RendererExtensions
{
    public static RenderedDocument AccountPlan(this DocumentRenderer r, AccountPlanModel model) => r.Render(DocumentCatalog.AccountPlan,
        model);

    public static RenderedDocument ReviewPack(this DocumentRenderer r, ReviewPackModel model) => r.Render(DocumentCatalog.PortfolioPack,
        model);
}
