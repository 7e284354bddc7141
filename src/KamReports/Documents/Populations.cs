using System.Globalization;
using KamReports.Compute;
using KamReports.Formatting;

namespace KamReports.Documents;

/// <summary>Every figure names its population (kpis.md, Scopes): a scope in words, from the string tables.</summary>
public static class Populations
{
    /// <summary>"10 key accounts", "Claire Dubois's 7 accounts", "all 40 accounts".</summary>
    public static string Describe(ScopeFigures scope, StringTable strings)
    {
        var culture = CultureInfo.GetCultureInfo(strings.Culture);
        string F(string key, params object?[] args) => string.Format(culture, strings.TryGet(key) ?? key, args);
        var n = scope.Totals.Accounts;
        var one = n == 1 ? "_one" : "";
        return scope.Kind switch
        {
            ScopeKind.KeyAccounts => F("pop.key" + one, n),
            ScopeKind.Sponsor => F("pop.sponsor" + one, scope.Sponsor, n),
            _ => F("pop.all" + one, n),
        };
    }
}
