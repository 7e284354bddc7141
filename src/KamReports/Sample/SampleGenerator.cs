using System.Globalization;
using System.Text;

namespace KamReports.Sample;

/// <summary>
/// Generates a realistic, clean portfolio of the data contract's shape: invoice lines with returns and
/// cross-selling, targets, offers, wallet, surveys, complaints, contacts, team, actions and competitors.
/// Deterministic for a seed.
/// </summary>
public sealed partial class SampleGenerator
{
    private static readonly string[] ProductLines = ["Sensors", "Control Systems", "Spare Parts", "Field Service", "Software", "Training"];
    private static readonly decimal[] LinePrice = [1800m, 9500m, 420m, 2600m, 5200m, 1400m];
    private static readonly string[] Industries = ["Automotive", "Chemicals", "Food & Beverage", "Pharma", "Energy", "Logistics", "Machinery"];
    private static readonly (string Region, string[] Countries)[] Regions =
    [
        ("DACH", ["Germany", "Austria", "Switzerland"]), ("Nordics", ["Sweden", "Denmark", "Finland"]), ("Benelux", ["Netherlands", "Belgium"]),
        ("Western Europe", ["France", "Spain", "Italy"]), ("UK & Ireland", ["United Kingdom", "Ireland"]), ("Asia Pacific", ["China", "Japan", "Singapore"]),
    ];
    private static readonly string[] NameStems = ["Nordwerk", "Alpine", "Helix", "Vantor", "Meridian", "Kestrel", "Borealis", "Caldera", "Fjord", "Granite", "Harbor", "Ironbridge", "Juniper", "Lumen", "Mistral", "Nimbus", "Orion", "Pioneer", "Quarry", "Riverton", "Sable", "Tessera", "Unity", "Vertex", "Westmark", "Zenith", "Atlas", "Beacon", "Cobalt", "Delta"];
    private static readonly string[] NameSuffixes = ["AG", "GmbH", "Industries", "Group", "S.A.", "B.V.", "Ltd", "AB", "Oy", "plc", "SE", "Holding"];
    private static readonly string[] SpecialNames = ["Zoë & \"Söhne\" Maschinenbau", "上海精密机械有限公司", "Müller, Weiß & Co. KG", "Société Générale d'Équipement"];
    private static readonly string[] Managers = ["Anna Berg", "Lukas Meyer", "Sofia Rossi", "James Carter", "Mei Lin", "Jonas Eriksson"];
    private static readonly string[] Sponsors = ["Claire Dubois", "Martin Schulz", "Helen Park"];
    private static readonly string[] FirstNames = ["Eva", "Paul", "Marta", "Tom", "Ines", "Jan", "Olga", "Ravi", "Lea", "Chen", "Nora", "Felix", "Sara", "Omar", "Ida", "Hugo"];
    private static readonly string[] LastNames = ["Schmidt", "Jensen", "Moreau", "Kowalski", "Novak", "Wang", "Garcia", "Fischer", "Larsen", "Brown", "Costa", "Ito", "Keller", "Smit"];
    private static readonly (string Title, string Role)[] ContactTitles =
    [
        ("Chief Procurement Officer", "decision_maker"), ("Plant Director", "decision_maker"), ("Head of Engineering", "influencer"), ("Maintenance Manager", "user"),
        ("Category Buyer", "gatekeeper"), ("CFO", "decision_maker"), ("Operations Manager", "user"), ("VP Supply Chain", "sponsor"), ("Quality Lead", "influencer"),
    ];
    private static readonly string[] Competitors = ["Siemtec", "Rockford Automation", "Hanwell Controls", "Omnitron", "Baxley Industrial"];
    private static readonly string[] PositiveComments = ["Reliable delivery and responsive service team.", "Field service engineers are excellent.", "Good partner on the new line ramp-up.", "Software roll-out went smoothly."];
    private static readonly string[] NegativeComments = ["Spare parts lead times are too long.", "Invoices often need corrections.", "Price increase was poorly communicated.", "Too many contact persons, unclear ownership."];
    private static readonly string[] ComplaintCategories = ["Delivery", "Quality", "Invoicing", "Service", "Documentation"];
    private static readonly (string Objective, string Action)[] ActionTemplates =
    [
        ("Grow share of wallet", "Present the Control Systems upgrade roadmap to the plant director"),
        ("Grow share of wallet", "Propose a three-year spare-parts framework agreement"),
        ("Cross-sell Software", "Run a predictive-maintenance pilot on one production line"),
        ("Cross-sell Training", "Offer an operator training day at the customer site"),
        ("Strengthen relationship", "Quarterly business review with the executive sponsor"),
        ("Strengthen relationship", "Map the new procurement organisation and meet the CPO"),
        ("Fix service issues", "Agree a spare-parts lead-time SLA"),
        ("Fix service issues", "Close the open quality complaints with an 8D report"),
        ("Defend against competition", "Benchmark our total cost of ownership against the incumbent"),
    ];
    private static readonly string[] TeamRoles = ["service representative", "solution engineer", "inside sales", "customer success manager"];

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

    private sealed record Acc(string Id, string Name, string Industry, string Region, string Country, string Type, string Manager, string? Sponsor,
        DateOnly Since, string KeyFlag, int Potential, string Channel, double Size, double Trend, int StartMonth, int EndMonthIndex, bool[] Lines, int[] LineStart, double Mood, bool Key);

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

        WriteFile(dir, "accounts.csv", ["account_id", "name", "industry", "region", "country", "customer_type", "key_account_manager", "executive_sponsor", "customer_since", "is_key_account", "growth_potential", "buying_channel"],
            accounts.Select(a => new[] { a.Id, a.Name, a.Industry, a.Region, a.Country, a.Type, a.Manager, a.Sponsor ?? "", D(a.Since), a.KeyFlag, a.Potential.ToString(CultureInfo.InvariantCulture), a.Channel }));

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
                        var monthValue = (decimal)(a.Size * 14000 * season * trend * (0.85 + 0.3 * _rng.NextDouble())) * LinePrice[l] / 3000m;
                        for (var i = 0; i < n; i++)
                        {
                            var day = 1 + _rng.Next(DateTime.DaysInMonth(monthDate.Year, monthDate.Month));
                            var date = new DateOnly(monthDate.Year, monthDate.Month, day);
                            var amount = Math.Round(monthValue / n * (decimal)(0.7 + 0.6 * _rng.NextDouble()), 2);
                            var isReturn = _rng.NextDouble() < 0.03;
                            if (isReturn) amount = -Math.Round(amount * (decimal)(0.1 + 0.4 * _rng.NextDouble()), 2);
                            var orderId = isReturn ? "CN-" + order++.ToString(CultureInfo.InvariantCulture) : "SO-" + order++.ToString(CultureInfo.InvariantCulture);
                            var cost = isReturn ? "" : Math.Round(amount * (decimal)(0.06 + 0.1 * _rng.NextDouble()), 2).ToString(CultureInfo.InvariantCulture);
                            sb.Clear();
                            sb.Append(a.Id).Append(',').Append(D(date)).Append(',').Append(ProductLines[l]).Append(',')
                              .Append(amount.ToString(CultureInfo.InvariantCulture)).Append(',').Append(orderId).Append(',').Append(cost).Append('\n');
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
        return revenueLines;
    }

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
            if (i is 2 or 5 or 11 or 17 && i / 6 < SpecialNames.Length && n >= 12) name = SpecialNames[Math.Min(SpecialNames.Length - 1, i / 5)];
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
            list.Add(new Acc($"ACC-{i + 1:0000}", name, Industries[_rng.Next(Industries.Length)], region, country,
                key ? "enterprise" : _rng.NextDouble() < 0.6 ? "wholesale" : "mid-market",
                Managers[i % Managers.Length], key || i % 4 == 0 ? Sponsors[i % Sponsors.Length] : null, since, keyFlag, 1 + _rng.Next(5),
                new[] { "direct", "distributor", "online" }[_rng.Next(3)], prospect ? 0 : size, trend, startMonth, endMonth, lines, lineStart,
                key && i % 4 == 3 ? 0.35 + 0.1 * _rng.NextDouble() : 0.45 + 0.55 * _rng.NextDouble(), key));
        }
        return list;
    }

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
                    if (basis > 0) rows.Add([a.Id, y.ToString(CultureInfo.InvariantCulture), "", Round100(basis * 1.08m).ToString(CultureInfo.InvariantCulture)]);
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
                rows.Add([$"OF-{id++:00000}", a.Id, D(date), line, value.ToString(CultureInfo.InvariantCulture), status, .. PipelineColumns(a, line, status, date, end)]);
            }
            // Key accounts also get proactive offers on lines they do not buy yet: selling into the white space.
            if (a.Key)
                foreach (var l in Enumerable.Range(0, ProductLines.Length).Where(l => !a.Lines[l]).Take(2))
                    rows.Add([$"OF-{id++:00000}", a.Id, D(end.AddDays(-_plan.Next(80))), ProductLines[l], Round100((decimal)(a.Size * 30000 * (0.5 + _plan.NextDouble()))).ToString(CultureInfo.InvariantCulture),
                        "open", $"{ProductLines[l]} introduction", "cross_sell", "proactive", P(0.15 + 0.4 * _plan.NextDouble()), D(end.AddDays(30 + _plan.Next(150)))]);
        }
        WriteFile(dir, "offers.csv", ["offer_id", "account_id", "date", "product_line", "value", "status", "name", "type", "source", "probability", "expected_close"], rows);
    }

    // Our share of each account's wallet in the last year: competitors' estimates leave room for it (all shares <= 100%).
    private readonly Dictionary<string, double> _walletShare = new(StringComparer.Ordinal);

    private void WriteWallet(string dir, List<Acc> accounts, Dictionary<(string, int), decimal> qr, DateOnly end)
    {
        var rows = new List<string[]>();
        foreach (var a in accounts.Where(a => a.Key || _rng.NextDouble() < 0.6))
        {
            var share = 0.12 + 0.5 * _rng.NextDouble();
            for (var y = end.Year - 2; y <= end.Year; y++)
            {
                var rev = Enumerable.Range(0, 4).Sum(q => qr.GetValueOrDefault((a.Id, y * 4 + q)));
                if (y == end.Year) rev = Enumerable.Range(0, 4).Sum(q => qr.GetValueOrDefault((a.Id, (end.Year * 12 + end.Month - 1) / 3 - q)));
                if (y == end.Year) _walletShare[a.Id] = share;
                var spend = Math.Max(rev, 0) / (decimal)share;
                if (spend <= 0) spend = (decimal)(200000 + 800000 * _rng.NextDouble());
                rows.Add([a.Id, y.ToString(CultureInfo.InvariantCulture), (Math.Round(spend / 1000m) * 1000m).ToString(CultureInfo.InvariantCulture)]);
                share *= 0.97 + 0.06 * _rng.NextDouble();
            }
        }
        WriteFile(dir, "wallet.csv", ["account_id", "year", "estimated_spend"], rows);
    }

    private void WriteSatisfaction(string dir, List<Acc> accounts, DateOnly start, DateOnly end)
    {
        var rows = new List<string[]>();
        foreach (var a in accounts.Where(a => a.Size > 0))
        {
            for (var d = start; d <= end; d = d.AddMonths(3))
            {
                var n = a.Key ? 1 + _rng.Next(3) : _rng.NextDouble() < 0.4 ? 1 : 0;
                for (var i = 0; i < n; i++)
                {
                    var mood = Math.Clamp(a.Mood + 0.25 * (_rng.NextDouble() - 0.5), 0, 1);
                    var nps = Math.Clamp((int)Math.Round(4.5 + 5.5 * mood + 2.4 * (_rng.NextDouble() - 0.5)), 0, 10);
                    var csat = Math.Clamp((int)Math.Round(1.2 + 3.8 * mood + 1.4 * (_rng.NextDouble() - 0.5)), 1, 5);
                    var rel = Math.Clamp((int)Math.Round(1.5 + 3.5 * mood + _rng.Next(-1, 2) * 0.5), 1, 5);
                    var comment = _rng.NextDouble() < 0.5 ? (nps >= 8 ? PositiveComments : NegativeComments)[_rng.Next(4)] : "";
                    rows.Add([a.Id, D(d.AddDays(_rng.Next(80))), $"{FirstNames[_rng.Next(FirstNames.Length)]} {LastNames[_rng.Next(LastNames.Length)]}",
                        nps.ToString(CultureInfo.InvariantCulture), csat.ToString(CultureInfo.InvariantCulture), rel.ToString(CultureInfo.InvariantCulture), comment]);
                }
            }
        }
        WriteFile(dir, "satisfaction.csv", ["account_id", "date", "respondent", "nps", "csat", "relationship_strength", "comment"], rows);
    }

    private void WriteComplaints(string dir, List<Acc> accounts, DateOnly end)
    {
        var rows = new List<string[]>();
        var id = 1;
        var periodEnd = end.AddMonths(1).AddDays(-1);
        foreach (var a in accounts.Where(a => a.Size > 0))
        {
            var count = _rng.Next(a.Mood < 0.5 ? 6 : 3);
            for (var i = 0; i < count; i++)
            {
                var opened = periodEnd.AddDays(-_rng.Next(540));
                var open = opened > periodEnd.AddDays(-120) && _rng.NextDouble() < 0.5;
                var closed = open ? "" : D(opened.AddDays(3 + _rng.Next(40)) is var c && c > periodEnd ? periodEnd : c);
                var cat = ComplaintCategories[_rng.Next(ComplaintCategories.Length)];
                rows.Add([$"CP-{id++:0000}", a.Id, D(opened), closed, new[] { "low", "medium", "high" }[_rng.Next(3)], cat, $"{cat} issue reported by the customer"]);
            }
        }
        WriteFile(dir, "complaints.csv", ["complaint_id", "account_id", "opened", "closed", "severity", "category", "description"], rows);
    }

    private Dictionary<string, List<string>> WriteTeam(string dir, List<Acc> accounts)
    {
        var rows = new List<string[]>();
        var team = new Dictionary<string, List<string>>();
        foreach (var a in accounts)
        {
            var members = new List<string> { a.Manager };
            rows.Add([a.Id, a.Manager, "key account manager", "Owns the account plan, pricing and the relationship"]);
            if (a.Sponsor is not null)
            {
                rows.Add([a.Id, a.Sponsor, "executive sponsor", "Senior counterpart of the customer's leadership"]);
                members.Add(a.Sponsor);
            }
            if (a.Key)
            {
                foreach (var r in TeamRoles.OrderBy(_ => _rng.Next()).Take(2))
                {
                    var m = $"{FirstNames[_rng.Next(FirstNames.Length)]} {LastNames[_rng.Next(LastNames.Length)]}";
                    rows.Add([a.Id, m, r, r switch
                    {
                        "service representative" => "First line for service requests and spare parts",
                        "solution engineer" => "Technical pre-sales and solution design",
                        "inside sales" => "Quotes, order handling and renewals",
                        _ => "Adoption, training and success reviews",
                    }]);
                    members.Add(m);
                }
            }
            team[a.Id] = members;
        }
        WriteFile(dir, "team.csv", ["account_id", "member", "role", "responsibilities"], rows);
        return team;
    }

    private void WriteContacts(string dir, List<Acc> accounts, Dictionary<string, List<string>> team, DateOnly end)
    {
        var rows = new List<string[]>();
        var periodEnd = end.AddMonths(1).AddDays(-1);
        foreach (var a in accounts.Where(a => a.Size > 0))
        {
            var n = a.Key ? 4 + _rng.Next(4) : _rng.Next(3);
            foreach (var (title, role) in ContactTitles.OrderBy(_ => _rng.Next()).Take(n))
            {
                var stance = a.Mood > 0.7 ? new[] { "champion", "supporter", "neutral" }[_rng.Next(3)] : new[] { "supporter", "neutral", "detractor" }[_rng.Next(3)];
                rows.Add([a.Id, $"{FirstNames[_rng.Next(FirstNames.Length)]} {LastNames[_rng.Next(LastNames.Length)]}", title, role,
                    role == "decision_maker" ? "high" : new[] { "high", "medium", "low" }[_rng.Next(3)], stance,
                    team[a.Id][_rng.Next(team[a.Id].Count)], D(periodEnd.AddDays(-_rng.Next(a.Key ? 150 : 300)))]);
            }
        }
        WriteFile(dir, "contacts.csv", ["account_id", "name", "title", "role", "influence", "stance", "owner", "last_contact"], rows);
    }

    private void WriteActions(string dir, List<Acc> accounts, Dictionary<string, List<string>> team, DateOnly end)
    {
        var rows = new List<string[]>();
        var periodEnd = end.AddMonths(1).AddDays(-1);
        foreach (var a in accounts.Where(a => a.Key))
        {
            foreach (var (objective, action) in ActionTemplates.OrderBy(_ => _rng.Next()).Take(3 + _rng.Next(4)))
            {
                var due = periodEnd.AddDays(_rng.Next(-150, 120));
                string status, completed = "";
                if (due <= periodEnd)
                {
                    var r = _rng.NextDouble();
                    status = r < 0.6 ? "done" : r < 0.85 ? "in_progress" : r < 0.93 ? "planned" : "cancelled";
                    if (status == "done")
                    {
                        var c = due.AddDays(_rng.Next(-30, 15));
                        if (c > periodEnd) c = periodEnd;
                        completed = D(c);
                    }
                }
                else status = _rng.NextDouble() < 0.5 ? "planned" : "in_progress";
                rows.Add([a.Id, objective, action, team[a.Id][_rng.Next(team[a.Id].Count)], D(due), status, completed]);
            }
        }
        WriteFile(dir, "actions.csv", ["account_id", "objective", "action", "owner", "due", "status", "completed"], rows);
    }

    private void WriteCompetitors(string dir, List<Acc> accounts)
    {
        var rows = new List<string[]>();
        foreach (var a in accounts.Where(a => a.Size > 0 && (a.Key || _rng.NextDouble() < 0.5)))
        {
            var left = Math.Min(0.8, 0.97 - _walletShare.GetValueOrDefault(a.Id));
            foreach (var c in Competitors.OrderBy(_ => _rng.Next()).Take(1 + _rng.Next(3)))
            {
                var share = Math.Round(left * (0.2 + 0.4 * _rng.NextDouble()), 2);
                left -= share;
                rows.Add([a.Id, c, share.ToString(CultureInfo.InvariantCulture), new[] { "Incumbent on control systems", "Aggressive on price", "Strong local service network", "Bundles software for free", "" }[_rng.Next(5)]]);
            }
        }
        WriteFile(dir, "competitors.csv", ["account_id", "competitor", "estimated_share", "notes"], rows);
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
