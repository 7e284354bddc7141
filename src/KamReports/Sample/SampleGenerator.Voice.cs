using System.Globalization;

namespace KamReports.Sample;

// What the customers say: survey responses (NPS, CSAT, relationship strength, comments) and complaints.
public sealed partial class SampleGenerator
{
    private static readonly string[] PositiveComments =
    [
        "Reliable delivery and responsive service team.", "Field service engineers are excellent.",
        "Good partner on the new line ramp-up.", "Software roll-out went smoothly.",
    ];
    private static readonly string[] NegativeComments =
    [
        "Spare parts lead times are too long.", "Invoices often need corrections.",
        "Price increase was poorly communicated.", "Too many contact persons, unclear ownership.",
    ];
    private static readonly string[] ComplaintCategories = ["Delivery", "Quality", "Invoicing", "Service", "Documentation"];

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
                    rows.Add([
                        a.Id, D(d.AddDays(_rng.Next(80))), PersonName(),
                        nps.ToString(CultureInfo.InvariantCulture), csat.ToString(CultureInfo.InvariantCulture),
                        rel.ToString(CultureInfo.InvariantCulture), comment,
                    ]);
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
                var severity = new[] { "low", "medium", "high" }[_rng.Next(3)];
                rows.Add([$"CP-{id++:0000}", a.Id, D(opened), closed, severity, cat, $"{cat} issue reported by the customer"]);
            }
        }
        WriteFile(dir, "complaints.csv", ["complaint_id", "account_id", "opened", "closed", "severity", "category", "description"], rows);
    }
}
