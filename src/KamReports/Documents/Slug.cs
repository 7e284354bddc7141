using System.Globalization;
using System.Text;

namespace KamReports.Documents;

/// <summary>File-name slugs: lower-case ASCII letters and digits joined by hyphens.</summary>
public static class Slug
{
    public static string Make(string text, int max = 50)
    {
        var sb = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            var c = ch switch { 'ß' => 's', 'æ' => 'a', 'ø' => 'o', 'Ø' => 'o', 'Æ' => 'a', _ => ch };
            if (c < 128 && char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
            if (sb.Length >= max) break;
        }
        return sb.ToString().Trim('-');
    }

    /// <summary>
    /// <paramref name="prefix"/> and the slug of <paramref name="name"/>; a name without any ASCII letter (Chinese, say) keeps the
    /// prefix alone, or a short hash of the name without a prefix.
    /// </summary>
    public static string Named(string name, string prefix)
    {
        var slug = Make(name);
        if (slug.Length > 0) return prefix + slug;
        return prefix.Length > 0 ? prefix.TrimEnd('-') : Hash(name);
    }

    /// <summary>The first 8 hex digits of the text's SHA-256: a stable, file-safe stand-in.</summary>
    public static string Hash(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];

    /// <summary>An identifier kept as it is (case included) but for characters unsafe in file names.</summary>
    public static string SafeId(string id)
    {
        var chars = id.Trim().Select(c => c < 128 && (char.IsLetterOrDigit(c) || c is '-' or '_' or '.') ? c : '-').ToArray();
        var s = new string(chars).Trim('.', '-');
        return s.Length == 0 ? "account" : s.Length > 40 ? s[..40] : s;
    }
}
