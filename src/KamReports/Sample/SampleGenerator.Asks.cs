using System.Globalization;

namespace KamReports.Sample;

// Asks: what the account teams ask of their sponsors (or of leadership), 0-3 per key account raised over the last four quarters,
// open (some overdue) or decided with an outcome, every status. Its own random sequence, so every other file stays as it was.
public sealed partial class SampleGenerator
{
    // What is asked; {0} a contact's title, {1} a product line. True: the ask protects or wins revenue (it gets a value at stake).
    private static readonly (string Text, bool Value)[] AskTexts =
    [
        ("Call the customer's {0} about the next frame contract before the budget round", true),
        ("Join the QBR with the customer's CEO on the three-year partnership proposal", false),
        ("Approve a 4% volume discount on {1} for the framework agreement", true),
        ("Call the {0} to reset the relationship after the price-increase letter", true),
        ("Release one service engineer for the on-site {1} pilot", false),
        ("Approve 90-day payment terms for the tender", true),
        ("Meet the customer's new {0} within the first 100 days", false),
        ("Decide whether we match the competitor's three-year price lock", true),
        ("Sponsor the joint {1} innovation workshop with the customer's leadership", false),
    ];
    private static readonly string[] AskTitles = ["CFO", "CPO", "COO", "plant director", "VP Supply Chain"];

    // The outcome written when an ask is decided, by status.
    private static readonly Dictionary<string, string[]> AskOutcomes = new()
    {
        ["agreed"] = ["Agreed as asked; the team confirms in writing.", "Agreed with a cap: half the amount now, the rest after the pilot."],
        ["done"] = ["Done as asked; the customer confirmed the next step.", "Done; the team has written up the follow-up actions."],
        ["declined"] = ["Declined: no budget this year; back in next year's plan.", "Declined: finance keeps the standard terms."],
        ["withdrawn"] = ["Withdrawn: the customer postponed the project.", "Withdrawn: no longer needed after the renewal."],
    };
    private static readonly string[] DecidedStatuses = ["agreed", "done", "declined", "withdrawn"];

    private void WriteAsks(
        string dir, List<Acc> accounts, Dictionary<string, List<string>> team, Dictionary<(string, int), decimal> qr, DateOnly end)
    {
        var random = new Random(_o.Seed + 104729);
        var endQ = (end.Year * 12 + end.Month - 1) / 3;
        // The last day that may carry a date: the end of the last month written (revenue runs to the same day).
        var last = end.AddMonths(1).AddDays(-1);
        var rows = new List<string[]>();
        var decidedCount = 0;
        foreach (var a in accounts.Where(a => a.Key && a.Size > 0))
        {
            var ttm = Enumerable.Range(0, 4).Sum(q => qr.GetValueOrDefault((a.Id, endQ - q)));
            var n = random.Next(4);
            var texts = Enumerable.Range(0, AskTexts.Length).OrderBy(_ => random.Next()).Take(n).ToArray();
            for (var i = 0; i < n; i++)
            {
                var (text, hasValue) = AskTexts[texts[i]];
                // Raised in one of the last four quarters (the current one most often).
                var back = random.NextDouble() < 0.4 ? 0 : 1 + random.Next(3);
                var q = endQ - back;
                var qStart = new DateOnly(q / 4, q % 4 * 3 + 1, 1);
                var qEnd = qStart.AddMonths(3).AddDays(-1);
                var raised = qStart.AddDays(random.Next(Math.Max(1, (qEnd < last ? qEnd : last).DayNumber - qStart.DayNumber - 5)));
                var neededBy = raised.AddDays(20 + random.Next(100));
                // Older asks are more often decided; every decided status comes round in turn.
                var open = random.NextDouble() < (back == 0 ? 0.6 : 0.35);
                string status = "open", decided = "", outcome = "";
                if (!open)
                {
                    status = DecidedStatuses[decidedCount++ % DecidedStatuses.Length];
                    var latest = Math.Min(last.DayNumber, raised.DayNumber + 120);
                    decided = D(DateOnly.FromDayNumber(raised.DayNumber + random.Next(Math.Max(1, latest - raised.DayNumber + 1))));
                    var outcomes = AskOutcomes[status];
                    outcome = outcomes[random.Next(outcomes.Length)];
                }
                var value = hasValue && ttm > 0 && random.NextDouble() < 0.7
                    ? (Math.Round(ttm * (decimal)(0.05 + 0.3 * random.NextDouble()) / 1000m) * 1000m).ToString(CultureInfo.InvariantCulture)
                    : "";
                var askedOf = random.NextDouble() < 0.15 || a.Sponsor is null ? "leadership" : "";
                var members = team.GetValueOrDefault(a.Id) ?? [];
                var helpers = members.Where(m => m != a.Manager && m != a.Sponsor).ToArray();
                var owner = helpers.Length > 0 && random.NextDouble() < 0.3 ? helpers[random.Next(helpers.Length)] : "";
                rows.Add([
                    $"ASK-{(a.Id.StartsWith("ACC-", StringComparison.Ordinal) ? a.Id[4..] : a.Id)}-{i + 1:00}", a.Id,
                    string.Format(CultureInfo.InvariantCulture, text, AskTitles[random.Next(AskTitles.Length)],
                        ProductLines[random.Next(ProductLines.Length)]),
                    D(raised), askedOf, D(neededBy), value, status, decided, outcome, owner,
                ]);
            }
        }
        WriteFile(dir, "asks.csv",
            ["ask_id", "account_id", "ask", "raised", "asked_of", "needed_by", "value_at_stake", "status", "decided", "outcome", "owner"],
            rows);
    }
}
