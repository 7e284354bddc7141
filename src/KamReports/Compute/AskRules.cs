using System.Security.Cryptography;
using System.Text;
using KamReports.Records;

namespace KamReports.Compute;

/// <summary>kpis.md "Asks and decisions": the asks of the period, per account, and their KPIs.</summary>
public static class AskRules
{
    /// <summary>
    /// The asks file plus the plan notes of section asks (data-contract.md: each an open ask raised on the first day of the period, its
    /// id derived from account and text; one present in both places is the file's). Asks raised after the period are not yet known.
    /// </summary>
    public static IReadOnlyList<(Ask Ask, bool FromNotes)> Of(DataSet data, FiscalQuarter q)
    {
        var file = (data.Asks ?? []).Where(a => a.Raised <= q.End).Select(a => (a, false)).ToList();
        var known = file.Select(x => (x.a.AccountId, Key(x.a.Text))).ToHashSet();
        foreach (var n in (data.PlanNotes ?? []).Where(n => n.Section == PlanSection.Asks))
        {
            if (!known.Add((n.AccountId, Key(n.Text)))) continue;
            file.Add((new Ask(NoteId(n.AccountId, n.Text), n.AccountId, n.Text, q.Start, null, null, null, AskStatus.Open, null, null, null),
                true));
        }
        return file;
    }

    /// <summary>Whether the run has asks at all (the file, or plan notes of section asks).</summary>
    public static bool Present(DataSet data) => data.Asks is not null || (data.PlanNotes ?? []).Any(n => n.Section == PlanSection.Asks);

    /// <summary>An ask at the end of Q; <paramref name="sponsor"/> is the account's executive sponsor.</summary>
    public static AskState State(Ask a, bool fromNotes, string? sponsor, FiscalQuarter q)
    {
        var end = q.End;
        var decided = a.Status != AskStatus.Open && a.Decided is { } d && d <= end;
        // Decided after Q (or closed without a date): at the end of Q it was still open only when its decision came later.
        var open = a.Status == AskStatus.Open || (a.Decided is { } later && later > end);
        var inQ = decided && a.Decided!.Value >= q.Start;
        var age = Math.Max(0, q.Ordinal - FiscalQuarter.OrdinalOf(a.Raised, q.FiscalYearStart));
        return new AskState(a, open, open && a.NeededBy is { } n && n < end, inQ, age, string.IsNullOrWhiteSpace(a.AskedOf) ? sponsor : a.AskedOf.Trim())
        {
            FromNotes = fromNotes,
        };
    }

    /// <summary>The date an ask or intervention without needed_by is wanted by: config next_review, else the last day of the quarter
    /// after Q.</summary>
    public static DateOnly NextReview(Config.KamConfig config, FiscalQuarter q) => config.NextReview ?? q.Plus(1).End;

    // The same ask written twice: spacing, case and a closing full stop do not count.
    private static string Key(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        .TrimEnd('.', '。', '!', ';').ToLowerInvariant();

    private static string NoteId(string account, string text) =>
        "note-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(account + "\n" + Key(text))))[..10];
}
