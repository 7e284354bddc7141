using System.Globalization;

namespace KamReports.Sample;

// The key account programme: for each key account, which of the seven tactics are in place, planned, missing or not applicable,
// since when and what shows it. Some accounts well covered, some thin, some with no rows at all; some without a
// single_point_of_contact row (derived from the team). Its own random sequence, so every other file stays as it was.
public sealed partial class SampleGenerator
{
    private static readonly string[] Tactics =
        ["single_point_of_contact", "pricing", "ordering", "customisation", "sales_units", "joint_teams", "integrated_supply"];

    // Evidence as a sales team writes it, per tactic: in place (with {0} a product line, {1} a year), planned, missing, and why it
    // does not apply (null: it applies to every key account).
    private static readonly Dictionary<string, (string[] InPlace, string[] Planned, string[] Missing, string? NotApplicable)> TacticEvidence = new()
    {
        ["single_point_of_contact"] = (
            ["One contact for the customer; service and scheduling report to the key account manager",
                "Key account manager with the service desk and stock planning as one team"],
            ["Service desk to report to the key account manager from the next reorganisation"],
            ["Service and sales still answer separately"], null),
        ["pricing"] = (
            ["Volume rebate of 2% above the yearly threshold, frame contract FC-{1}-04", "Annual bonus on {0}, agreement {1}-B2"],
            ["Rebate scheme for the next frame contract in negotiation"],
            ["List prices only; the last rebate ended with the price increase"], null),
        ["ordering"] = (
            ["EDI link live since {1}", "Their own web-shop access with their price list and cost centres"],
            ["EDI with the customer's ERP planned with their IT", "Web-shop access offered to their buyers"],
            ["Orders still come by e-mail and PDF"], "The customer orders through its distributor; no direct ordering"),
        ["customisation"] = (
            ["Private-label {0}, contract K-{1}-17", "Built to the customer's plant standard ({0})"],
            ["Customer-specific {0} variant in development"],
            ["Standard {0} only"], "Standard products only; the customer resells them unchanged"),
        ["sales_units"] = (
            ["Packed in the customer's own units per site ({0})", "Sold per pallet as their warehouses receive them"],
            ["Line-side packs for their assembly lines planned"],
            ["Our standard cartons; the customer repacks"], "The customer buys project by project; no units to match"),
        ["joint_teams"] = (
            ["Joint quality team, monthly meeting since {1}", "Joint development team on {0}"],
            ["Joint innovation workshop agreed, first meeting to be set"],
            ["No joint initiative yet"], null),
        ["integrated_supply"] = (
            ["Consignment stock at their warehouse, re-ordered automatically, one invoice a month",
                "Vendor-managed inventory for {0} since {1}"],
            ["Vendor-managed inventory business case in preparation"],
            ["Deliveries and invoices order by order"], "The customer keeps its own stock rules and wants no consignment"),
    };

    private void WriteProgramme(string dir, List<Acc> accounts, Dictionary<string, List<string>> team, DateOnly end)
    {
        var random = new Random(_o.Seed + 15485863);
        // In place no later than the end of the last month written; planned within the nine months after it.
        var last = end.AddMonths(1).AddDays(-1);
        var rows = new List<string[]>();
        var mine = new List<string[]>();
        var keyIndex = 0;
        foreach (var a in accounts.Where(a => a.Key))
        {
            // Every fifth key account (from the third) has no programme rows; the others are well covered, middling or thin in turn,
            // the number of tactics in place drawn within the kind.
            var kind = keyIndex++ % 5;
            if (kind == 2) continue;
            var inPlace = kind switch
            {
                0 or 3 => 5 + random.Next(3),
                1 => 3 + random.Next(2),
                _ => 1 + random.Next(2),
            };
            // The single point of contact comes first when the account has one; the others in a drawn order.
            var order = Tactics.Skip(1).OrderBy(_ => random.Next()).Prepend(Tactics[0]).ToArray();
            // A quarter of the accounts leave single_point_of_contact out (it is derived from the team); the others still have their
            // number of tactics in place.
            var skipContact = random.NextDouble() < 0.25;
            if (skipContact) inPlace++;
            var members = team.GetValueOrDefault(a.Id) ?? [];
            var helpers = members.Where(m => m != a.Manager && m != a.Sponsor).ToArray();
            for (var i = 0; i < order.Length; i++)
            {
                var tactic = order[i];
                if (i == 0 && skipContact) continue;
                // A thin account writes fewer rows: a tactic it has not looked at is left out.
                if (i >= inPlace && kind == 4 && random.NextDouble() < 0.3) continue;
                var (placed, planned, missing, notApplicable) = TacticEvidence[tactic];
                var line = ProductLines[random.Next(ProductLines.Length)].ToLowerInvariant();
                string status, since = "", evidence = "";
                if (i < inPlace)
                {
                    status = "in_place";
                    var from = a.Since.DayNumber;
                    var day = DateOnly.FromDayNumber(from + random.Next(Math.Max(1, last.DayNumber - from + 1)));
                    since = D(day);
                    evidence = string.Format(CultureInfo.InvariantCulture,
                        placed[random.Next(placed.Length)], line, day.Year);
                }
                else
                {
                    var draw = random.NextDouble();
                    if (draw < 0.12 && notApplicable is not null)
                    {
                        status = "not_applicable";
                        evidence = notApplicable;
                    }
                    else if (draw < 0.4)
                    {
                        status = "planned";
                        since = D(last.AddDays(15 + random.Next(260)));
                        evidence = string.Format(CultureInfo.InvariantCulture,
                            planned[random.Next(planned.Length)], line);
                    }
                    else
                    {
                        // An empty status is missing too, as teams often leave it.
                        status = draw < 0.55 ? "" : "missing";
                        if (random.NextDouble() < 0.5)
                        {
                            evidence = string.Format(CultureInfo.InvariantCulture,
                                missing[random.Next(missing.Length)], line);
                        }
                    }
                }
                var owner = helpers.Length > 0 && status is "in_place" or "planned" && random.NextDouble() < 0.4
                    ? helpers[random.Next(helpers.Length)]
                    : "";
                mine.Add([a.Id, tactic, status, since, evidence, owner]);
            }
            // Written in the contract's order of the tactics.
            rows.AddRange(mine.OrderBy(r => Array.IndexOf(Tactics, r[1])));
            mine.Clear();
        }
        WriteFile(dir, "programme.csv", ["account_id", "tactic", "status", "since", "evidence", "owner"], rows);
    }
}
