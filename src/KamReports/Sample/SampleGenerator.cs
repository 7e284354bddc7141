using System.Globalization;
using System.Text;

namespace KamReports.Sample;

// One file per concern: this one the revenue lines and the writing; .Accounts the accounts; .Commercial targets, offers
// and wallet; .Voice surveys and complaints; .Relationship team, contacts, actions and competitors; .Plan what the teams write;
// .Asks what the teams ask of their sponsors; .Programme the key account programme's tactics; .People the address book.

/// <summary>
/// Generates a realistic, clean portfolio of the data contract's shape: invoice lines with returns and
/// cross-selling, targets, offers, wallet, surveys, complaints, contacts, team, actions and competitors, and the plan the teams
/// write (objectives, notes, value propositions, partners, asks, programme), and the address book of sponsors and managers.
/// Deterministic for a seed.
/// </summary>
public sealed partial class SampleGenerator
{
    private static readonly string[] ProductLines = ["Sensors", "Control Systems", "Spare Parts", "Field Service", "Software", "Training"];
    private static readonly decimal[] LinePrice = [1800m, 9500m, 420m, 2600m, 5200m, 1400m];

    private readonly SampleOptions _o;
    private readonly Random _rng;
    private readonly Random _plan;

    public SampleGenerator(SampleOptions options)
    {
        _o = options;
        _rng = new Random(options.Seed);
        // The plan content draws from its own sequence, so the facts stay the same whatever the plan holds.
        _plan = new Random(options.Seed + 7919);
    }

    private sealed record Acc(
        string Id, string Name, string Industry, string Region, string Country, string Type, string Manager, string? Sponsor,
        DateOnly Since, string KeyFlag, int Potential, string Channel, double Size, double Trend, int StartMonth, int EndMonthIndex,
        bool[] Lines, int[] LineStart, double Mood, bool Key);

    /// <summary>Writes every contract file as CSV into <paramref name="dir"/> and returns the number of revenue lines.</summary>
    public long Write(string dir)
    {
        Directory.CreateDirectory(dir);
        var months = _o.Years * 12;
        var end = new DateOnly(_o.EndYear, _o.EndMonth, 1);
        var start = end.AddMonths(-(months - 1));
        var accounts = MakeAccounts(months);
        var linesTarget = _o.RevenueLines ?? (long)(_o.Accounts * months * 4.2);
        var totalSize = accounts.Sum(a => a.Size * Enumerable.Range(0, ProductLines.Length)
            .Where(l => a.Lines[l]).Sum(l => Math.Max(0, a.EndMonthIndex - Math.Max(a.StartMonth, a.LineStart[l]) + 1)));
        // Invoice lines are spread over accounts by size; each line is one order line.
        var linesPerUnit = linesTarget / Math.Max(1e-9, totalSize);

        WriteFile(dir, "accounts.csv",
            [
                "account_id", "name", "industry", "region", "country", "customer_type", "key_account_manager", "executive_sponsor",
                "customer_since", "is_key_account", "growth_potential", "buying_channel",
            ],
            accounts.Select(a => new[]
            {
                a.Id, a.Name, a.Industry, a.Region, a.Country, a.Type, a.Manager, a.Sponsor ?? "", D(a.Since), a.KeyFlag,
                a.Potential.ToString(CultureInfo.InvariantCulture), a.Channel,
            }));

        long revenueLines = 0;
        var quarterRevenue = new Dictionary<(string, int), decimal>();
        using (var w = Open(dir, "revenue.csv"))
        {
            w.Write("account_id,date,product_line,amount,order_id,cost_to_serve\n");
            var order = 100000;
            var sb = new StringBuilder(256);
            foreach (var a in accounts)
            {
                for (var m = a.StartMonth; m <= a.EndMonthIndex; m++)
                {
                    var monthDate = start.AddMonths(m);
                    var season = 1 + 0.12 * Math.Sin((monthDate.Month - 3) / 12.0 * 2 * Math.PI);
                    var trend = Math.Pow(1 + a.Trend, (m - months + 12) / 12.0);
                    for (var l = 0; l < ProductLines.Length; l++)
                    {
                        if (!a.Lines[l] || m < a.LineStart[l]) continue;
                        var expected = a.Size * linesPerUnit;
                        var n = (int)Math.Floor(expected) + (_rng.NextDouble() < expected - Math.Floor(expected) ? 1 : 0);
                        if (n == 0 && _o.RevenueLines is null) n = 1;
                        var monthValue = (decimal)(a.Size * 14000 * season * trend * (0.85 + 0.3 * _rng.NextDouble()))
                            * LinePrice[l] / 3000m;
                        for (var i = 0; i < n; i++)
                        {
                            var day = 1 + _rng.Next(DateTime.DaysInMonth(monthDate.Year, monthDate.Month));
                            var date = new DateOnly(monthDate.Year, monthDate.Month, day);
                            var amount = Math.Round(monthValue / n * (decimal)(0.7 + 0.6 * _rng.NextDouble()), 2);
                            var isReturn = _rng.NextDouble() < 0.03;
                            if (isReturn) amount = -Math.Round(amount * (decimal)(0.1 + 0.4 * _rng.NextDouble()), 2);
                            var orderId = isReturn
                                ? "CN-" + order++.ToString(CultureInfo.InvariantCulture)
                                : "SO-" + order++.ToString(CultureInfo.InvariantCulture);
                            var cost = isReturn
                                ? ""
                                : Math.Round(amount * (decimal)(0.06 + 0.1 * _rng.NextDouble()), 2).ToString(CultureInfo.InvariantCulture);
                            sb.Clear();
                            sb.Append(a.Id).Append(',').Append(D(date)).Append(',').Append(ProductLines[l]).Append(',')
                                .Append(amount.ToString(CultureInfo.InvariantCulture)).Append(',')
                                .Append(orderId).Append(',').Append(cost).Append('\n');
                            w.Write(sb);
                            revenueLines++;
                            var qk = (a.Id, (date.Year * 12 + date.Month - 1) / 3);
                            quarterRevenue[qk] = quarterRevenue.GetValueOrDefault(qk) + amount;
                        }
                    }
                }
            }
        }

        WriteTargets(dir, accounts, quarterRevenue, end);
        WriteOffers(dir, accounts, end);
        WriteWallet(dir, accounts, quarterRevenue, end);
        WriteSatisfaction(dir, accounts, start, end);
        WriteComplaints(dir, accounts, end);
        var team = WriteTeam(dir, accounts);
        WriteContacts(dir, accounts, team, end);
        WriteActions(dir, accounts, team, end);
        WriteCompetitors(dir, accounts);
        WritePlan(dir, accounts, quarterRevenue, end);
        WriteAsks(dir, accounts, team, quarterRevenue, end);
        WriteProgramme(dir, accounts, team, end);
        WritePeople(dir, accounts);
        return revenueLines;
    }

    private static decimal Round100(decimal v) => Math.Round(v / 100m) * 100m;

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static StreamWriter Open(string dir, string name) => new(Path.Combine(dir, name), false, new UTF8Encoding(false), 1 << 16);

    private static void WriteFile(string dir, string name, string[] header, IEnumerable<string[]> rows)
    {
        using var w = Open(dir, name);
        w.Write(string.Join(',', header));
        w.Write('\n');
        foreach (var r in rows)
        {
            w.Write(string.Join(',', r.Select(Escape)));
            w.Write('\n');
        }
    }

    internal static string Escape(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
