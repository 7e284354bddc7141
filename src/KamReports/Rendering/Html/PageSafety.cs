using System.Text.RegularExpressions;

namespace KamReports.Rendering.Html;

/// <summary>
/// Markup that would take a page away from its own content while it prints (a meta refresh, a base address, an @import of a
/// stylesheet from elsewhere): refused before printing, as a template error naming the template file and line that wrote it.
/// </summary>
internal static partial class PageSafety
{
    // @import counts inside a style element only: a KAM's note may well mention it, and values are escaped text.
    [GeneratedRegex(@"<meta[^>]+http-equiv\s*=\s*[""']?\s*refresh|<base[\s/>]|<style[^>]*>(?:(?!</style>).)*?@(?:import\b|\\)",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Navigates();

    [GeneratedRegex("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);")]
    private static partial Regex Entity();

    // Entities a template wrote (&#114;efresh is refresh to the browser) are decoded; the five the escaping of values writes
    // (&lt; &gt; &amp; &quot; &#39;) stay, so a value that reads "<base>" is text, never taken for markup.
    private static string Decode(string html) => Entity().Replace(html, m => m.Value is "&lt;" or "&gt;" or "&amp;" or "&quot;" or "&#39;"
        ? m.Value
        : System.Net.WebUtility.HtmlDecode(m.Value));

    public static void Check(string html, string templatesRoot)
    {
        var m = Navigates().Match(Decode(html));
        if (!m.Success) return;
        var what = m.Value.StartsWith("<style", StringComparison.OrdinalIgnoreCase) ? "@import"
            : m.Value.StartsWith("<base", StringComparison.OrdinalIgnoreCase) ? "<base>" : "<meta http-equiv=\"refresh\">";
        var reason = $"template error: {what} would load another page or stylesheet while the document prints "
            + "(documents print offline): remove it and put the styles in styles.css";
        // Name the template that holds it (values are escaped, so only a template can have written it).
        foreach (var file in Directory.EnumerateFiles(templatesRoot, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".json", StringComparison.Ordinal)) continue;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
                if (Navigates().IsMatch(Decode(lines[i])) || (what == "@import"
                    && (lines[i].Contains("@import", StringComparison.OrdinalIgnoreCase) || lines[i].Contains("@\\", StringComparison.Ordinal))))
                    throw new KamException(reason, ExitCodes.Failed, Path.GetRelativePath(Environment.CurrentDirectory, file)
                        .Replace('\\', '/'), i + 1);
        }
        throw new KamException(reason, ExitCodes.Failed);
    }
}
