using System.Globalization;

namespace KamReports.Sample;

// The plan the account teams write: objectives, notes, value propositions, partners, and the offers' pipeline columns.
public sealed partial class SampleGenerator
{
    private static readonly (string Element, string Benefit, string Evidence)[] ValueElements =
    [
        ("Predictive maintenance", "Fewer unplanned line stops", "Pilot on line 3: unplanned stops down 31% in six months"),
        ("Spare parts in 24 hours", "Shorter repair times, smaller own stock", "Parts availability 97.8% over the last 12 months"),
        ("Energy-optimised drives", "Lower energy bill per unit produced", "Measured 12% less energy on the packaging line"),
        ("Operator training", "Faster ramp-up of new shifts", "Certified 46 operators; first-pass yield up 4 points"),
        ("Single software platform", "One view of all plants' equipment", "Reference installation at a sister plant since 2024"),
        ("On-site service engineer", "Problems fixed before they stop production", "Average response time 3.2 hours"),
    ];
    private static readonly string[] Wins =
    [
        "Won the {0} framework renewal for three more years.",
        "The plant director backed our upgrade roadmap in the last review.",
        "Closed two open quality complaints with 8D reports.",
        "First Software licences ordered after the pilot.",
    ];
    private static readonly string[] TeamRisks =
    [
        "The new CPO is reviewing every supplier; our price increase is on her list.",
        "{0} offers a free software bundle to win the next tender.",
        "Spare-parts lead times still miss the agreed SLA at the second plant.",
    ];
    private static readonly string[] Asks =
    [
        "Join the QBR with the customer's CEO on the three-year partnership proposal.",
        "Approve a 4% volume discount for the spare-parts framework agreement.",
        "Call the CPO to reset the relationship after the price-increase letter.",
        "Release one service engineer for the on-site pilot next quarter.",
    ];
    private static readonly string[] Distributors = ["Nordic Automation Supply", "TechParts Distribution", "Indu-Trade GmbH"];

    private string[] PipelineColumns(Acc a, string line, string status, DateOnly date, DateOnly end)
    {
        var buys = a.Lines[Array.IndexOf(ProductLines, line)];
        var type = !buys ? "cross_sell" : _plan.NextDouble() < 0.5 ? "upsell" : _plan.NextDouble() < 0.7 ? "renewal" : "new_business";
        var r = _plan.NextDouble();
        var source = r < 0.45 ? "proactive" : r < 0.75 ? "rfp" : "inbound";
        var name = type switch
        {
            "renewal" => $"{line} renewal",
            "cross_sell" => $"{line} introduction",
            "upsell" => $"{line} extension",
            _ => $"{line} for the new site",
        };
        if (status != "open") return [name, type, source, "", ""];
        var close = date.AddDays(30 + _plan.Next(150));
        if (close <= end) close = end.AddDays(10 + _plan.Next(120));
        return [name, type, source, P(0.1 + 0.8 * _plan.NextDouble()), D(close)];
    }

    private static string P(double p) => (Math.Round(p * 20) / 20).ToString("0.00", CultureInfo.InvariantCulture);

    // Every key account but the last gets a plan; the last one shows the empty states.
    private void WritePlan(string dir, List<Acc> accounts, Dictionary<(string, int), decimal> qr, DateOnly end)
    {
        var keys = accounts.Where(a => a.Key && a.Size > 0).ToList();
        var planned = keys.Take(Math.Max(0, keys.Count - 1)).ToList();
        var objectives = new List<string[]>();
        var notes = new List<string[]>();
        var values = new List<string[]>();
        var partners = new List<string[]>();
        var endQ = (end.Year * 12 + end.Month - 1) / 3;
        foreach (var a in planned)
        {
            var ttm = Enumerable.Range(0, 4).Sum(q => qr.GetValueOrDefault((a.Id, endQ - q)));
            var share = _walletShare.GetValueOrDefault(a.Id);
            var competitor = Competitors[_plan.Next(Competitors.Length)];
            var start = end.AddMonths(-8);
            var due = end.AddMonths(3 + _plan.Next(9));
            var n = 1;
            void Objective(string text, string kpi, string baseline, string target, string status, string owner) =>
                objectives.Add([a.Id, $"O{n++}", text, kpi, baseline, target, D(start), D(due), owner, status]);
            if (share > 0)
            {
                // Set when the share was lower; the target is ambitious, so some are behind plan.
                var b = Math.Round(share - 0.02 - 0.10 * _plan.NextDouble(), 2);
                var target = Math.Round(b + 0.08 + 0.1 * _plan.NextDouble(), 2);
                Objective("Grow share of wallet", "share_of_wallet", F(b), F(target), "", a.Manager);
            }
            Objective("Cross-sell Software", "revenue_ttm",
                F(Math.Round(ttm * 0.8m / 1000) * 1000),
                F(Math.Round(ttm * (1m + (decimal)_plan.NextDouble() * 0.2m) / 1000) * 1000),
                "", a.Manager);
            Objective("Strengthen relationship", "nps", "0", "40", _plan.NextDouble() < 0.3 ? "at_risk" : "", a.Sponsor ?? a.Manager);
            Objective("Fix service issues", "", "", "", _plan.NextDouble() < 0.5 ? "on_track" : "off_track", a.Manager);
            if (_plan.NextDouble() < 0.3) Objective("Open the second plant as a customer", "", "", "", "dropped", a.Manager);

            void Note(string section, string text) => notes.Add([a.Id, section, text]);
            Note("summary", $"{a.Name} is one of our largest {a.Industry.ToLowerInvariant()} customers. "
                + $"We hold about {Math.Round(share * 100)}% of their category spend; "
                + "the priority this year is to turn the pilot into a platform order "
                + "and to fix spare-parts lead times before the next tender.");
            foreach (var w in Pick(Wins, 2))
                Note("wins", string.Format(CultureInfo.InvariantCulture, w, ProductLines[_plan.Next(ProductLines.Length)]));
            foreach (var r in Pick(TeamRisks, 1 + _plan.Next(2))) Note("risks", string.Format(CultureInfo.InvariantCulture, r, competitor));
            // The asks live in asks.csv now (tracked from review to review); the draw stays, so the rest of the sample is unchanged.
            _ = Pick(Asks, 1 + _plan.Next(2)).ToArray();
            Note("customer_goals", "Cut unplanned downtime by a third by 2028 and standardise equipment across all plants.");
            Note("customer_perception", "Seen as the technical reference, but expensive and slow on spare parts.");
            Note("relationship_goal", "Move from preferred supplier to strategic partner for automation, with a yearly executive review.");
            Note("investment", "One dedicated service engineer on site and a predictive-maintenance pilot (about €40k in kind).");
            Note("strengths", "Installed base on every line; trusted field service team.");
            Note("weaknesses", "Spare-parts lead times; pricing seen as opaque.");
            Note("opportunities", "Second plant build-out in 2027; the Software platform for all sites.");
            Note("threats", $"{competitor} bundles software for free; procurement consolidates suppliers.");
            Note("support_program", "Weekly spare-parts call with the plant's maintenance manager until the SLA holds for a quarter.");
            Note("history", $"Customer since {a.Since.Year}; framework agreement renewed in {end.Year - 1}.");

            foreach (var v in Pick(ValueElements, 3 + _plan.Next(3)))
            {
                var ours = 3 + _plan.Next(3);
                values.Add([
                    a.Id, v.Element, v.Benefit,
                    Round100((decimal)(a.Size * (20000 + 60000 * _plan.NextDouble()))).ToString(CultureInfo.InvariantCulture),
                    v.Evidence,
                    (2 + _plan.Next(4)).ToString(CultureInfo.InvariantCulture),
                    ours.ToString(CultureInfo.InvariantCulture),
                    competitor,
                    Math.Clamp(ours - 2 + _plan.Next(4), 1, 5).ToString(CultureInfo.InvariantCulture),
                ]);
            }
        }
        foreach (var a in accounts.Where(a => a.Channel == "distributor" && a.Size > 0))
            partners.Add([a.Id, Distributors[_plan.Next(3)], "distributor", P(0.2 + 0.5 * _plan.NextDouble())]);
        foreach (var a in planned.Where(_ => _plan.NextDouble() < 0.4))
            partners.Add([a.Id, "SysInt Solutions", "integrator", P(0.05 + 0.15 * _plan.NextDouble())]);

        WriteFile(dir, "objectives.csv",
            ["account_id", "objective_id", "objective", "kpi", "baseline", "target", "start", "due", "owner", "status"],
            objectives);
        WriteFile(dir, "plan_notes.csv", ["account_id", "section", "text"], notes);
        WriteFile(dir, "value_propositions.csv",
            [
                "account_id", "value_element", "customer_benefit", "quantified_value", "evidence",
                "importance", "our_rating", "competitor", "competitor_rating",
            ],
            values);
        WriteFile(dir, "partners.csv", ["account_id", "partner", "role", "share"], partners);
    }

    private static string F(decimal v) => v.ToString(CultureInfo.InvariantCulture);

    private static string F(double v) => v.ToString(CultureInfo.InvariantCulture);

    private IEnumerable<T> Pick<T>(IReadOnlyList<T> items, int count) =>
        items.OrderBy(_ => _plan.Next()).Take(Math.Min(count, items.Count));
}
