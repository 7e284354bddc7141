using System.Net;
using System.Text;
using KamReports.Pipeline;

namespace KamReports.Cli.Preview;

/// <summary>The preview's own pages: the index, the error panel, and the bar and reload script added to documents.</summary>
internal static class PreviewPages
{
    private const string Style = """
        <style>
          body.kam-ui { font-family: Lato, 'DejaVu Sans', 'WenQuanYi Zen Hei', sans-serif; margin: 0; background: #F3F6F9; color: #26323F; }
          .kam-ui header { background: #1B3A5C; color: #fff; padding: 14px 24px; }
          .kam-ui main { padding: 16px 24px; max-width: 960px; }
          .kam-ui input { font-size: 15px; padding: 7px 10px; width: 100%; max-width: 420px; border: 1px solid #C7CED6; border-radius: 4px; }
          .kam-ui h2 { color: #1B3A5C; font-size: 16px; margin: 22px 0 6px; }
          .kam-ui li { margin: 3px 0; } .kam-ui a { color: #2C5282; }
          .kam-error { background: #FDF1F0; border: 1px solid #F2C4C2; border-left: 5px solid #D9534F; padding: 14px 18px; margin: 16px 24px; font-family: Lato, sans-serif; }
          .kam-error h1 { color: #A12E2A; font-size: 18px; margin: 0 0 8px; }
          .kam-error pre { background: #fff; border: 1px solid #F2C4C2; padding: 8px; overflow: auto; font-size: 13px; }
          .kam-error .hit { background: #FBE3E2; font-weight: bold; }
          #kam-bar { position: fixed; top: 0; right: 0; z-index: 99; background: #1B3A5C; color: #fff; font: 13px Lato, sans-serif; padding: 6px 10px; border-bottom-left-radius: 6px; }
          #kam-bar a { color: #E9B949; margin-left: 10px; }
          @media screen { html.kam-doc { background: #8A97A8; } html.kam-doc body { background: #fff; width: 182mm; margin: 16px auto; padding: 18mm 14mm; box-shadow: 0 2px 10px rgba(0,0,0,.3); } }
        </style>
        """;

    /// <summary>Reloads the page when the server's version changes, keeping the scroll position.</summary>
    public static string ReloadScript(int version) => $$"""
        <script>
        (function () {
          var key = 'kam-scroll:' + location.pathname;
          var y = sessionStorage.getItem(key); if (y) { window.scrollTo(0, +y); sessionStorage.removeItem(key); }
          var es = new EventSource('/events');
          es.onmessage = function (e) { if (e.data !== '{{version}}') { sessionStorage.setItem(key, window.scrollY); location.reload(); } };
        })();
        </script>
        """;

    public static string Index(IReadOnlyList<PreviewDocument> docs, int version)
    {
        var sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>KamReports preview</title>").Append(Style)
            .Append("</head><body class=\"kam-ui\">");
        sb.Append("<header><strong>KamReports preview</strong> · every document the batch would make; pages reload when a template, string table, data file or kam.json changes</header><main>");
        sb.Append("<input id=\"filter\" type=\"search\" placeholder=\"Filter documents\" autofocus>");
        foreach (var g in docs.GroupBy(d => d.Group))
        {
            sb.Append("<h2>").Append(WebUtility.HtmlEncode(g.Key)).Append("</h2><ul>");
            foreach (var d in g)
                sb.Append("<li data-title=\"").Append(WebUtility.HtmlEncode(d.Title.ToLowerInvariant())).Append("\"><a href=\"/doc/")
                    .Append(d.Id).Append("\">")
                  .Append(WebUtility.HtmlEncode(d.Title)).Append("</a> · <a href=\"/pdf/").Append(d.Id).Append("\">PDF</a></li>");
            sb.Append("</ul>");
        }
        sb.Append("</main><script>document.getElementById('filter').addEventListener('input', function (e) { var q = e.target.value.toLowerCase();")
          .Append("document.querySelectorAll('li[data-title]').forEach(function (li) { li.style.display = li.dataset.title.indexOf(q) >= 0 ? '' : 'none'; }); });</script>");
        sb.Append(ReloadScript(version)).Append("</body></html>");
        return sb.ToString();
    }

    /// <summary>The document as printed, with a small bar (index, PDF) and the reload script; print CSS is untouched.</summary>
    public static string Document(string html, PreviewDocument doc, int version)
    {
        var bar =
            $"<div id=\"kam-bar\">{WebUtility.HtmlEncode(doc.OutputPath)}<a href=\"/\">All documents</a><a href=\"/pdf/{doc.Id}\">PDF</a></div>";
        var withClass = html.Replace("<html ", "<html class=\"kam-doc\" ", StringComparison.Ordinal);
        var at = withClass.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var tail = Style + bar + ReloadScript(version);
        return at < 0 ? withClass + tail : withClass.Insert(at, tail);
    }

    /// <summary>The error panel: message, file:line:column and the offending template lines.</summary>
    public static string Error(KamException e, int version)
    {
        var sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Error · KamReports preview</title>")
            .Append(Style).Append("</head><body class=\"kam-ui\">");
        sb.Append("<div class=\"kam-error\" id=\"kam-error\"><h1>The document cannot be rendered</h1><p>")
            .Append(WebUtility.HtmlEncode(e.Message)).Append("</p>");
        if (e.File is not null)
        {
            sb.Append("<p><strong>").Append(WebUtility.HtmlEncode(e.File));
            if (e.Line is { } l) sb.Append(", line ").Append(l);
            if (e.Column is { } c) sb.Append(", column ").Append(c);
            sb.Append("</strong></p>");
            if (e.Line is { } line && File.Exists(e.File))
            {
                var lines = File.ReadAllLines(e.File);
                sb.Append("<pre>");
                for (var i = Math.Max(1, line - 3); i <= Math.Min(lines.Length, line + 3); i++)
                    sb.Append(i == line ? "<span class=\"hit\">" : "<span>").Append(i.ToString().PadLeft(4)).Append("  ")
                        .Append(WebUtility.HtmlEncode(lines[i - 1])).Append("</span>\n");
                sb.Append("</pre>");
            }
        }
        sb.Append("<p>Fix the file and save: this page reloads by itself.</p><p><a href=\"/\">All documents</a></p></div>");
        sb.Append(ReloadScript(version)).Append("</body></html>");
        return sb.ToString();
    }
}
