using System.Globalization;

namespace KamReports.Sample;

// The accounts: names, regions, managers and sponsors, size, trend, lifecycle and the product lines they buy.
public sealed partial class SampleGenerator
{
    private static readonly string[] Industries =
        ["Automotive", "Chemicals", "Food & Beverage", "Pharma", "Energy", "Logistics", "Machinery"];
    private static readonly (string Region, string[] Countries)[] Regions =
    [
        ("DACH", ["Germany", "Austria", "Switzerland"]), ("Nordics", ["Sweden", "Denmark", "Finland"]),
        ("Benelux", ["Netherlands", "Belgium"]), ("Western Europe", ["France", "Spain", "Italy"]),
        ("UK & Ireland", ["United Kingdom", "Ireland"]), ("Asia Pacific", ["China", "Japan", "Singapore"]),
    ];
    private static readonly string[] NameStems =
    [
        "Nordwerk", "Alpine", "Helix", "Vantor", "Meridian", "Kestrel", "Borealis", "Caldera", "Fjord", "Granite",
        "Harbor", "Ironbridge", "Juniper", "Lumen", "Mistral", "Nimbus", "Orion", "Pioneer", "Quarry", "Riverton",
        "Sable", "Tessera", "Unity", "Vertex", "Westmark", "Zenith", "Atlas", "Beacon", "Cobalt", "Delta",
    ];
    private static readonly string[] NameSuffixes =
        ["AG", "GmbH", "Industries", "Group", "S.A.", "B.V.", "Ltd", "AB", "Oy", "plc", "SE", "Holding"];
    private static readonly string[] SpecialNames =
    [
        "Zoë & \"Söhne\" Maschinenbau", "上海精密机械有限公司", "Müller, Weiß & Co. KG", "Société Générale d'Équipement",
    ];
    private static readonly string[] Managers = ["Anna Berg", "Lukas Meyer", "Sofia Rossi", "James Carter", "Mei Lin", "Jonas Eriksson"];
    private static readonly string[] Sponsors = ["Claire Dubois", "Martin Schulz", "Helen Park"];

    private List<Acc> MakeAccounts(int months)
    {
        var list = new List<Acc>();
        var n = _o.Accounts;
        var keyCount = _o.AllKeyAccounts ? n : Math.Max(1, (int)Math.Round(n * _o.KeyAccountShare));
        var usedNames = new HashSet<string>();
        for (var i = 0; i < n; i++)
        {
            var size = Math.Pow(1.0 / (i + 1), 0.85) * (0.8 + 0.4 * _rng.NextDouble());
            string name;
            if (i is 2 or 5 or 11 or 17 && i / 6 < SpecialNames.Length && n >= 12)
            {
                name = SpecialNames[Math.Min(SpecialNames.Length - 1, i / 5)];
            }
            else
            {
                do name = $"{NameStems[_rng.Next(NameStems.Length)]} {NameSuffixes[_rng.Next(NameSuffixes.Length)]}";
                while (!usedNames.Add(name) && usedNames.Count < NameStems.Length * NameSuffixes.Length);
                if (usedNames.Count >= NameStems.Length * NameSuffixes.Length) name += " " + i.ToString(CultureInfo.InvariantCulture);
            }
            var (region, countries) = Regions[_rng.Next(Regions.Length)];
            if (name.StartsWith("上海", StringComparison.Ordinal)) (region, countries) = Regions[5];
            var country = name.StartsWith("上海", StringComparison.Ordinal) ? "China" : countries[_rng.Next(countries.Length)];
            var key = i < keyCount;
            // A few non-key accounts are lost, new or prospects so every lifecycle appears.
            int startMonth = 0, endMonth = months - 1;
            if (!key && i % 9 == 4) startMonth = months - 1 - _rng.Next(2, 10);
            if (!key && i % 13 == 7) endMonth = months - 13 - _rng.Next(0, 6);
            var prospect = !key && i % 17 == 11;
            if (prospect) endMonth = -1;
            var lines = new bool[ProductLines.Length];
            var lineStart = new int[ProductLines.Length];
            var lineCount = key ? 3 + _rng.Next(3) : 1 + _rng.Next(4);
            foreach (var l in Enumerable.Range(0, ProductLines.Length).OrderBy(_ => _rng.Next()).Take(lineCount))
            {
                lines[l] = true;
                // Some lines are first bought within the last year: cross-selling.
                lineStart[l] = _rng.NextDouble() < 0.2 ? months - 1 - _rng.Next(1, 11) : 0;
            }
            var since = new DateOnly(_o.EndYear - 3 - _rng.Next(12), 1 + _rng.Next(12), 1);
            if (startMonth > 0) since = new DateOnly(_o.EndYear, _o.EndMonth, 1).AddMonths(-(months - 1 - startMonth));
            var trend = key && i % 4 == 3 ? -0.25 + 0.1 * _rng.NextDouble() : -0.1 + 0.35 * _rng.NextDouble();
            string keyFlag = key ? (i % 3 == 0 ? "yes" : "true") : (i % 5 == 0 ? "false" : "");
            list.Add(new Acc(
                $"ACC-{i + 1:0000}", name, Industries[_rng.Next(Industries.Length)], region, country,
                key ? "enterprise" : _rng.NextDouble() < 0.6 ? "wholesale" : "mid-market",
                Managers[i % Managers.Length], key || i % 4 == 0 ? Sponsors[i % Sponsors.Length] : null,
                since, keyFlag, 1 + _rng.Next(5), new[] { "direct", "distributor", "online" }[_rng.Next(3)],
                prospect ? 0 : size, trend, startMonth, endMonth, lines, lineStart,
                key && i % 4 == 3 ? 0.35 + 0.1 * _rng.NextDouble() : 0.45 + 0.55 * _rng.NextDouble(), key));
        }
        return list;
    }
}
