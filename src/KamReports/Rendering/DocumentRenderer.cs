using KamReports.Documents;
using KamReports.Rendering.Html;

namespace KamReports.Rendering;

/// <summary>Renders a document's model to HTML with its kind's template and the shared running header and footer.</summary>
public sealed class DocumentRenderer(TemplateEngine engine)
{
    public const string HeaderTemplate = "partials/page-header.html";
    public const string FooterTemplate = "partials/page-footer.html";

    public TemplateEngine Engine => engine;

    /// <summary>Composes and renders one document of the catalogue.</summary>
    public RenderedDocument Render(DocumentSpec spec, ComposeContext context) => Render(spec.Kind, spec.Compose(context));

    public RenderedDocument Render(DocumentKind kind, IDocumentModel model)
    {
        var html = engine.Render(kind.Template, model);
        PageSafety.Check(html, engine.Root);
        return new(html, engine.Render(HeaderTemplate, model), engine.Render(FooterTemplate, model), model.Doc.Title, model.Doc.Author,
            model.Doc.Subject) { PageOne = model.PageOne, MaxPages = kind.MaxPages };
    }
}
