using System.Globalization;

namespace KamReports.Sample;

// Who works with whom: the account team, the customer's contacts, the action plan and the competitors in the account.
public sealed partial class SampleGenerator
{
    private static readonly string[] FirstNames =
        ["Eva", "Paul", "Marta", "Tom", "Ines", "Jan", "Olga", "Ravi", "Lea", "Chen", "Nora", "Felix", "Sara", "Omar", "Ida", "Hugo"];
    private static readonly string[] LastNames =
    [
        "Schmidt", "Jensen", "Moreau", "Kowalski", "Novak", "Wang", "Garcia", "Fischer", "Larsen", "Brown", "Costa", "Ito", "Keller",
        "Smit",
    ];
    private static readonly (string Title, string Role)[] ContactTitles =
    [
        ("Chief Procurement Officer", "decision_maker"), ("Plant Director", "decision_maker"), ("Head of Engineering", "influencer"),
        ("Maintenance Manager", "user"), ("Category Buyer", "gatekeeper"), ("CFO", "decision_maker"), ("Operations Manager", "user"),
        ("VP Supply Chain", "sponsor"), ("Quality Lead", "influencer"),
    ];
    private static readonly string[] Competitors = ["Siemtec", "Rockford Automation", "Hanwell Controls", "Omnitron", "Baxley Industrial"];
    private static readonly string[] CompetitorNotes =
        ["Incumbent on control systems", "Aggressive on price", "Strong local service network", "Bundles software for free", ""];
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
    private static readonly string[] TeamRoles =
        ["service representative", "solution engineer", "inside sales", "customer success manager"];

    // A first and a last name, drawn in that order.
    private string PersonName() => $"{FirstNames[_rng.Next(FirstNames.Length)]} {LastNames[_rng.Next(LastNames.Length)]}";

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
                    var m = PersonName();
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
                var stance = a.Mood > 0.7
                    ? new[] { "champion", "supporter", "neutral" }[_rng.Next(3)]
                    : new[] { "supporter", "neutral", "detractor" }[_rng.Next(3)];
                rows.Add([a.Id, PersonName(), title, role,
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
                rows.Add([a.Id, c, share.ToString(CultureInfo.InvariantCulture), CompetitorNotes[_rng.Next(5)]]);
            }
        }
        WriteFile(dir, "competitors.csv", ["account_id", "competitor", "estimated_share", "notes"], rows);
    }
}
