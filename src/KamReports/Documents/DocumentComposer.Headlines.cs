using KamReports.Compute;
using KamReports.Records;

namespace KamReports.Documents;

// Page 1 of every document leads with the answer: 3-5 sentences from the figures, ranked by money at stake.
// Each number in a sentence is formatted exactly as the document shows that figure elsewhere (tile, table, title).
public sealed partial class DocumentComposer
{
    /// <summary>At most this many messages lead a document.</summary>
    public const int MaxMessages = 5;

    private HeadlineMessage Message(string key, double materiality, params object?[] args) =>
        new(key, string.Format(_f.Culture, T("msg." + key, key), args), materiality);

    private static IReadOnlyList<HeadlineMessage> Top(List<HeadlineMessage> all) =>
        all.Select((m, i) => (m, i)).OrderByDescending(x => x.m.Materiality).ThenBy(x => x.i).Take(MaxMessages).Select(x => x.m).ToArray();

    private string Direction(double change, string up, string down) => T(change >= 0 ? up : down, "");

    /// <summary>The headline messages of an account plan: the most material of <see cref="PlanCandidates"/>.</summary>
    public IReadOnlyList<HeadlineMessage> PlanMessages(AccountResult a, AccountResult? before) => Top(PlanCandidates(a, before));

    /// <summary>Every plan rule that has something to say, in rule order, before ranking.</summary>
    public List<HeadlineMessage> PlanCandidates(AccountResult a, AccountResult? before)
    {
        var k = a.Kpis;
        var stake = (double)Math.Max(0, k.RevenueTtm);
        var list = new List<HeadlineMessage>();
        // A change under 2% is not news.
        if (k.GrowthTtm is { } g && Math.Abs(g) >= 0.02)
        {
            // The product line that moved most in the same direction, with the two figures of the product-line table.
            var driver = a.ProductLines.Where(l => Math.Sign(l.RevenueTtm - l.RevenueTtmPrev) == Math.Sign(g) && l.RevenueTtm != l.RevenueTtmPrev)
                .OrderByDescending(l => Math.Abs(l.RevenueTtm - l.RevenueTtmPrev)).FirstOrDefault();
            var head = string.Format(_f.Culture, T("msg.revenue_ttm", "{0} {1} {2}"), Direction(g, "msg.rose", "msg.fell"), _f.Percent(Math.Abs(g)), _f.MoneyShort((double)k.RevenueTtm));
            var tail = driver is null ? "" : string.Format(_f.Culture, T("msg.revenue_driver", "{0} {1} {2}"), driver.Name, _f.Money((double)driver.RevenueTtm), _f.Money((double)driver.RevenueTtmPrev));
            list.Add(new HeadlineMessage("revenue_ttm", head + tail, (double)Math.Abs(k.RevenueTtm - k.RevenueTtmPrev)));
        }
        if (k.Attainment is { } att && k.Target is { } target)
            list.Add(Message(att < 1 ? "attainment_below" : "attainment_above", (double)Math.Abs(target - k.Revenue), _f.Percent(att), _f.Money((double)k.Revenue), _f.Money((double)target)));
        if (before is not null && KpiCatalog.Change(KpiCatalog.Get("nps"), k.Nps, before.Kpis.Nps).Change is { } dn && Math.Abs(dn) >= 5)
            list.Add(Message(dn < 0 ? "nps_down" : "nps_up", stake * Math.Abs(dn) / 200, _f.Number(Math.Abs(dn), 1), _f.Number(k.Nps)));
        var end = _p.Period.End;
        var high = a.Complaints.Where(c => c.Severity == Severity.High && c.Opened <= end && (c.Closed is null || c.Closed > end)).ToArray();
        if (high.Length > 0)
            list.Add(Message(high.Length == 1 ? "high_complaint" : "high_complaints", stake * 0.05 * high.Length, high.Length, high.Max(c => end.DayNumber - c.Opened.DayNumber)));
        var detractors = a.Contacts.Where(c => c.Role == ContactRole.DecisionMaker && c.Stance == Stance.Detractor).ToArray();
        if (detractors.Length > 0)
            list.Add(Message("detractors", stake * 0.05 * detractors.Length, detractors.Length, k.DecisionMakersCovered, string.Join(", ", detractors.Select(c => c.Title ?? c.Name))));
        if (k.ActionsOverdue is > 0 && k.ActionsDue is { } due)
            list.Add(Message("overdue_actions", stake * 0.01 * k.ActionsOverdue.Value, k.ActionsOverdue, due));
        var offTrack = a.Objectives.Where(o => o.Status == ObjectiveStatus.OffTrack).ToArray();
        if (offTrack.Length > 0 && k.Objectives is { } n)
            list.Add(Message("objectives_off_track", stake * 0.02 * offTrack.Length, offTrack.Length, n, offTrack[0].Objective.Text));
        if (k.PipelineValue is { } pipe && k.WalletHeadroom is { } room && room > 0)
            list.Add(Message("pipeline", (double)Math.Max(0, room - pipe) * 0.1, _f.Money((double)pipe), _f.Percent(k.PipelineCoverage, 0), _f.Money((double)room)));
        return list;
    }

    /// <summary>The rules of a review pack's headline messages, over the pack's population.</summary>
    public IReadOnlyList<HeadlineMessage> PackMessages(ScopeFigures scope, ScopeFigures? before, bool isPortfolio)
    {
        var t = scope.Totals;
        var population = Population(scope);
        var list = new List<HeadlineMessage>();
        if (t.GrowthTtm is { } g && Math.Abs(g) >= 0.02)
            list.Add(Message("pack_revenue_ttm", (double)Math.Abs(t.RevenueTtm - t.RevenueTtmPrev), Direction(g, "msg.rose", "msg.fell"), _f.Percent(Math.Abs(g)), _f.MoneyShort((double)t.RevenueTtm), population));
        if (t.Attainment is { } att && t.Target is { } target)
            list.Add(Message("pack_attainment", (double)Math.Abs(target - t.RevenueWithTarget), _f.Percent(att), t.WithTarget, _f.Money((double)t.RevenueWithTarget), _f.Money((double)target)));
        if (scope.Exceptions.Count > 0)
        {
            var top = scope.Exceptions[0];
            list.Add(Message("exceptions", (double)top.Account.Kpis.RevenueTtm * 0.1, top.Account.Account.Name, _f.Money((double)top.Account.Kpis.RevenueTtm), Risk(top.Reasons[0]).Text));
        }
        if (before is not null && KpiCatalog.Change(KpiCatalog.Get("nps"), t.Nps, before.Totals.Nps).Change is { } dn && Math.Abs(dn) >= 5)
            list.Add(Message(dn < 0 ? "pack_nps_down" : "pack_nps_up", (double)t.RevenueTtm * Math.Abs(dn) / 400, _f.Number(t.Nps), _f.Number(Math.Abs(dn), 1)));
        var red = scope.Accounts.Where(a => a.Kpis.HealthLight == HealthLight.Red).ToArray();
        if (red.Length > 0)
            list.Add(Message("red_health", (double)red.Sum(a => a.Kpis.RevenueTtm) * 0.1, red.Length, string.Join(", ", red.Take(3).Select(a => a.Account.Name))));
        if (isPortfolio && _p.Concentration.Top5Share is { } top5 && _p.LossScenarios.FirstOrDefault(l => l.N == 1)?.Drop is { } drop)
            list.Add(Message("concentration", (double)_p.All.Totals.RevenueTtm * drop * 0.5, _f.Percent(top5), _f.Percent(drop)));
        return Top(list);
    }
}
