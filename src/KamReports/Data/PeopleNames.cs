using System.Globalization;
using System.Text;
using KamReports.Records;

namespace KamReports.Data;

/// <summary>
/// Executive sponsors and key account managers are grouped by name (one pack per sponsor, one form per
/// manager). Spellings that differ only in case, spacing or accents ("Anna Berg", "anna  berg", "Ánna Berg")
/// are one person: every account gets the first spelling met (accounts in file order), with a warning.
/// </summary>
internal static class PeopleNames
{
    public static List<Account> Unify(List<Account> accounts, List<string> warnings)
    {
        var sponsors = Canonical(accounts.Select(a => a.ExecutiveSponsor), "executive_sponsor", warnings);
        var managers = Canonical(accounts.Select(a => a.KeyAccountManager), "key_account_manager", warnings);
        return accounts.Select(a => a with
        {
            ExecutiveSponsor = a.ExecutiveSponsor is { } s ? sponsors[Key(s)] : null,
            KeyAccountManager = a.KeyAccountManager is { } m ? managers[Key(m)] : null,
        }).ToList();
    }

    private static Dictionary<string, string> Canonical(IEnumerable<string?> names, string column, List<string> warnings)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        var variants = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var n in names.OfType<string>())
        {
            var k = Key(n);
            if (!first.TryAdd(k, n) && first[k] != n)
                (variants.TryGetValue(k, out var v) ? v : variants[k] = new SortedSet<string>(StringComparer.Ordinal)).Add(n);
        }
        foreach (var (k, v) in variants.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            warnings.Add($"accounts: {column} \"{string.Join("\", \"", v)}\" taken as \"{first[k]}\" "
                + "(same name but for case, spacing or accents)");
        }
        return first;
    }

    /// <summary>The name folded for comparison: no accents, lower case, single spaces.</summary>
    public static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var ch in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(ch)) { if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' '); }
            else sb.Append(char.ToLowerInvariant(ch));
        }
        return sb.ToString().TrimEnd().Normalize(NormalizationForm.FormC);
    }
}
