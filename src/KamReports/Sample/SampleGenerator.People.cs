using System.Globalization;
using System.Text;

namespace KamReports.Sample;

// The address book for kam send: every sponsor and key account manager of the generated accounts (sponsors first, each in the
// order the accounts name them) at an example.com address, some with a document language of their own, some leaving the role to be
// derived, some wanting a link rather than an attachment; and the leadership team. Its own random sequence, so every other file
// stays as it was.
public sealed partial class SampleGenerator
{
    private static readonly string[] PersonCultures = ["", "", "", "", "de-DE", "zh-CN"];

    private void WritePeople(string dir, List<Acc> accounts)
    {
        var random = new Random(_o.Seed + 32452843);
        var rows = new List<string[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string name, string role)
        {
            if (!seen.Add(name)) return;
            var culture = PersonCultures[random.Next(PersonCultures.Length)];
            // A third leave the role empty: it is derived from the accounts.
            var written = random.Next(3) == 0 ? "" : role;
            var delivery = random.Next(5) switch { 0 => "link", 1 => "attach", _ => "" };
            rows.Add([name, Address(name) + "@example.com", culture, written, delivery]);
        }
        foreach (var a in accounts.Where(a => a.Sponsor is not null)) Add(a.Sponsor!, "sponsor");
        foreach (var a in accounts) Add(a.Manager, "kam");
        rows.Add(["Leadership team", "leadership@example.org", "", "leadership", "link"]);
        WriteFile(dir, "people.csv", ["name", "email", "culture", "role", "delivery"], rows);
    }

    // firstname.lastname in ASCII: accents dropped, other letters and digits kept, spaces as dots.
    private static string Address(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var ch in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(ch)) { if (sb.Length > 0 && sb[^1] != '.') sb.Append('.'); }
            else if (char.IsAsciiLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
        }
        return sb.ToString().Trim('.');
    }
}
