using KamReports.Documents;
using KamReports.Rendering.Html;

namespace KamReports.Rendering;

/// <summary>Renders account plans and review packs to HTML with the template folder's templates.</summary>
public sealed class DocumentRenderer(TemplateEngine engine)
{
    public const string AccountPlanTemplate = "account-plan/account-plan.html";
    public const string ReviewPackTemplate = "review-pack/review-pack.html";
    public const string HeaderTemplate = "partials/page-header.html";
    public const string FooterTemplate = "partials/page-footer.html";

    public TemplateEngine Engine => engine;

    public RenderedDocument AccountPlan(AccountPlanModel model) => Render(AccountPlanTemplate, model, model.Doc);

    public RenderedDocument ReviewPack(ReviewPackModel model) => Render(ReviewPackTemplate, model, model.Doc);

    private RenderedDocument Render(string template, object model, DocumentInfo doc) =>
        new(engine.Render(template, model), engine.Render(HeaderTemplate, model), engine.Render(FooterTemplate, model), doc.Title, doc.Author, doc.Subject);
}
