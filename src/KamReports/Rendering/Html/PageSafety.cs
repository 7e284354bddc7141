using System.Text.RegularExpressions;

namespace KamReports.Rendering.Html;

/// <summary>
/// Markup that would take a page away from its own content while it prints (a meta refresh, a base address, an @import of a
/// stylesheet from elsewhere): refused before printing, as a template error naming the template file and line that wrote it.
/// </summary>
internal static partial class PageSafety
{
    // @import counts inside a style element only: a KAM's note may well mention it, and values are escaped text.
    [GeneratedRegex(@"<meta[^>]+http-equiv\s*=\s*[""']?\s*refresh|<base[\s>]|<style[^>]*>[^<]*?@import\b", RegexOptions.IgnoreCase)]
    private static partial Regex Navigates();

    public static void Check(string html, string templatesRoot)
    {
        var m = Navigates().Match(html);
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
                if (Navigates().IsMatch(lines[i])
                    || (what == "@import" && lines[i].Contains("@import", StringComparison.OrdinalIgnoreCase)))
                    throw new KamException(reason, ExitCodes.Failed, Path.GetRelativePath(Environment.CurrentDirectory, file)
                        .Replace('\\', '/'), i + 1);
        }
        throw new KamException(reason, ExitCodes.Failed);
    }
}
