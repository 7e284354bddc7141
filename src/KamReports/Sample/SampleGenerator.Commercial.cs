using System.Globalization;

namespace KamReports.Sample;

// What the accounts are asked for and could buy: targets, offers (with white-space offers on key accounts) and wallet.
public sealed partial class SampleGenerator
{
    // Our share of each account's wallet in the last year: competitors' estimates leave room for it (all shares <= 100%).
    private readonly Dictionary<string, double> _walletShare = new(StringComparer.Ordinal);

    private void WriteTargets(string dir, List<Acc> accounts, Dictionary<(string, int), decimal> qr, DateOnly end)
    {
        var rows = new List<string[]>();
        var endQ = (end.Year * 12 + end.Month - 1) / 3;
        foreach (var a in accounts.Where(a => a.Key || a.Size > 0.2))
        {
            var yearly = a.Id.EndsWith('7');
            if (yearly)
            {
                for (var y = end.Year - 1; y <= end.Year; y++)
                {
                    var basis = Enumerable.Range(0, 4).Sum(q => qr.GetValueOrDefault((a.Id, (y - 1) * 4 + q)));
                    if (basis > 0)
                    {
                        var target = Round100(basis * 1.08m).ToString(CultureInfo.InvariantCulture);
                        rows.Add([a.Id, y.ToString(CultureInfo.InvariantCulture), "", target]);
                    }
                }
                continue;
            }
            for (var q = endQ - 7; q <= endQ + 1; q++)
            {
                var basis = qr.GetValueOrDefault((a.Id, q - 4));
                if (basis <= 0) continue;
                var t = Round100(basis * (decimal)(1.03 + 0.1 * _rng.NextDouble()));
                rows.Add([a.Id, $"{q / 4}-Q{q % 4 + 1}", "", t.ToString(CultureInfo.InvariantCulture)]);
            }
        }
        WriteFile(dir, "targets.csv", ["account_id", "period", "product_line", "target"], rows);
    }

    private void WriteOffers(string dir, List<Acc> accounts, DateOnly end)
    {
        var rows = new List<string[]>();
        var id = 1;
        foreach (var a in accounts.Where(a => a.Size > 0))
        {
            var count = (a.Key ? 10 : 3) + _rng.Next(6);
            for (var i = 0; i < count; i++)
            {
                var date = end.AddMonths(2).AddDays(-_rng.Next(700));
                if (date > end.AddMonths(3).AddDays(-1)) date = end;
                var line = ProductLines[_rng.Next(ProductLines.Length)];
                var age = end.DayNumber - date.DayNumber;
                var status = age < 45 && _rng.NextDouble() < 0.6 ? "open" : _rng.NextDouble() < 0.25 + 0.4 * a.Mood ? "won" : "lost";
                var value = Round100((decimal)(a.Size * 40000 * (0.3 + _rng.NextDouble())));
                rows.Add([
                    $"OF-{id++:00000}", a.Id, D(date), line, value.ToString(CultureInfo.InvariantCulture), status,
                    .. PipelineColumns(a, line, status, date, end),
                ]);
            }
            // Key accounts also get proactive offers on lines they do not buy yet: selling into the white space.
            if (a.Key)
            {
                foreach (var l in Enumerable.Range(0, ProductLines.Length).Where(l => !a.Lines[l]).Take(2))
                {
                    rows.Add([
                        $"OF-{id++:00000}", a.Id, D(end.AddDays(-_plan.Next(80))), ProductLines[l],
                        Round100((decimal)(a.Size * 30000 * (0.5 + _plan.NextDouble()))).ToString(CultureInfo.InvariantCulture),
                        "open", $"{ProductLines[l]} introduction", "cross_sell", "proactive",
                        P(0.15 + 0.4 * _plan.NextDouble()), D(end.AddDays(30 + _plan.Next(150))),
                    ]);
                }
            }
        }
        WriteFile(dir, "offers.csv",
            [
                "offer_id", "account_id", "date", "product_line", "value", "status",
                "name", "type", "source", "probability", "expected_close",
            ],
            rows);
    }

    private void WriteWallet(string dir, List<Acc> accounts, Dictionary<(string, int), decimal> qr, DateOnly end)
    {
        var rows = new List<string[]>();
        foreach (var a in accounts.Where(a => a.Key || _rng.NextDouble() < 0.6))
        {
            var share = 0.12 + 0.5 * _rng.NextDouble();
            for (var y = end.Year - 2; y <= end.Year; y++)
            {
                var rev = Enumerable.Range(0, 4).Sum(q => qr.GetValueOrDefault((a.Id, y * 4 + q)));
                if (y == end.Year)
                    rev = Enumerable.Range(0, 4).Sum(q => qr.GetValueOrDefault((a.Id, (end.Year * 12 + end.Month - 1) / 3 - q)));
                if (y == end.Year) _walletShare[a.Id] = share;
                var spend = Math.Max(rev, 0) / (decimal)share;
                if (spend <= 0) spend = (decimal)(200000 + 800000 * _rng.NextDouble());
                var rounded = Math.Round(spend / 1000m) * 1000m;
                rows.Add([a.Id, y.ToString(CultureInfo.InvariantCulture), rounded.ToString(CultureInfo.InvariantCulture)]);
                share *= 0.97 + 0.06 * _rng.NextDouble();
            }
        }
        WriteFile(dir, "wallet.csv", ["account_id", "year", "estimated_spend"], rows);
    }
}
