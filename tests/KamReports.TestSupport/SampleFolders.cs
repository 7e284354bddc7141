using System.Globalization;
using KamReports.Sample;

namespace KamReports.TestSupport;

/// <summary>The portfolios issue 23 checks at: sample-data ("sample"), <c>kam sample</c> at N accounts ("300", "1000"), and
/// sample-data with every is_key_account empty and the ABC rule by revenue choosing the key accounts ("abc").</summary>
public static class SampleFolders
{
    public static string Make(string portfolio, TempDir tmp)
    {
        switch (portfolio)
        {
            case "sample":
                return Repo.SampleData;
            case "abc":
                foreach (var f in Directory.GetFiles(Repo.SampleData, "*.csv")) File.Copy(f, Path.Combine(tmp.Path, Path.GetFileName(f)));
                var accounts = Path.Combine(tmp.Path, "accounts.csv");
                var lines = File.ReadAllLines(accounts);
                var col = Array.IndexOf(lines[0].Split(','), "is_key_account");
                File.WriteAllLines(accounts, lines.Select((l, i) => i == 0 ? l : Clear(l, col)));
                File.WriteAllText(Path.Combine(tmp.Path, "kam.json"), """{ "abc": { "rule": "revenue" } }""");
                return tmp.Path;
            default:
                new SampleGenerator(new SampleOptions(Accounts: int.Parse(portfolio, CultureInfo.InvariantCulture), Seed: 11)).Write(tmp.Path);
                return tmp.Path;
        }
    }

    // The line with its field number `col` emptied (a quoted field may hold commas).
    private static string Clear(string line, int col)
    {
        var sb = new System.Text.StringBuilder();
        var (field, quoted) = (0, false);
        foreach (var ch in line)
        {
            if (ch == '"') quoted = !quoted;
            if (ch == ',' && !quoted) field++;
            if (field != col || ch == ',') sb.Append(ch);
        }
        return sb.ToString();
    }
}
