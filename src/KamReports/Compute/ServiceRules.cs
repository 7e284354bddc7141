using KamReports.Config;
using KamReports.Records;

namespace KamReports.Compute;

/// <summary>
/// kpis.md "Service models and the key account programme": each account checked against the model of its class in every configured
/// dimension, its seven tactics (single_point_of_contact derived without a row), and the "easy to leave" risk.
/// </summary>
public static class ServiceRules
{
    private static readonly Tactic[] AllTactics = Enum.GetValues<Tactic>();

    internal static List<AccountResult> Apply(List<AccountResult> accounts, RecordIndex index, KamConfig config, FiscalQuarter q)
    {
        var data = index.Data;
        var load = accounts.Where(a => a.IsKeyAccount && !string.IsNullOrWhiteSpace(a.Account.KeyAccountManager))
            .GroupBy(a => a.Account.KeyAccountManager!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<AccountResult>(accounts.Count);
        foreach (var a in accounts)
        {
            var id = a.Account.AccountId;
            var tactics = Programme(a, index.Programme[id].ToArray(), index.Team[id].Any(), data.Programme is not null);
            var service = Check(a, tactics, load, index, config, q);
            var withData = service.Where(r => r.Status != ServiceRequirement.NoData).ToArray();
            var inPlace = data.Programme is null ? (int?)null : tactics.Count(t => t.Status == TacticStatus.InPlace);
            var applicable = data.Programme is null ? (int?)null : tactics.Count(t => t.Status != TacticStatus.NotApplicable);
            var k = a.Kpis with
            {
                ServiceRequirements = withData.Length,
                ServiceMet = withData.Count(r => r.Status == ServiceRequirement.Met),
                ServiceModelMet = withData.Length == 0 ? null : (double)withData.Count(r => r.Status == ServiceRequirement.Met) / withData.Length,
                TacticsInPlace = inPlace,
                TacticsApplicable = applicable,
                ProgrammeCoverage = inPlace is { } i && applicable is > 0 ? (double)i / applicable.Value : null,
            };
            var risks = a.Risks.ToList();
            // kpis.md: a key account of at least 5% of revenue with fewer than half of its exit barriers is easy to leave.
            if (a.IsKeyAccount && k.RevenueShare is >= 0.05 && k.ProgrammeCoverage is < 0.5)
                risks.Add(new Risk(RiskKind.EasyToLeave, inPlace) { Of = applicable });
            result.Add(a with { Kpis = k, Service = service, Programme = tactics, Risks = risks });
        }
        return result;
    }

    private static TacticState[] Programme(AccountResult a, ProgrammeRow[] rows, bool hasTeam, bool file) => AllTactics.Select(t =>
    {
        var row = rows.FirstOrDefault(r => r.Tactic == t);
        if (row is not null) return new TacticState(t, row.Status, row.Since, row.Evidence, row.Owner, false);
        if (t == Tactic.SinglePointOfContact)
        {
            // data-contract.md: without a row, in place when the account has a key account manager and a team.
            var derived = !string.IsNullOrWhiteSpace(a.Account.KeyAccountManager) && hasTeam ? TacticStatus.InPlace : TacticStatus.Missing;
            return new TacticState(t, derived, null, null, null, true);
        }
        return new TacticState(t, file ? TacticStatus.Missing : null, null, null, null, false);
    }).ToArray();

    private static List<ServiceRequirement> Check(AccountResult a, TacticState[] tactics, Dictionary<string, int> load, RecordIndex index,
        KamConfig config, FiscalQuarter q)
    {
        var end = q.End;
        var list = new List<ServiceRequirement>();
        foreach (var (dim, models) in config.ServiceModels)
        {
            if (ClassOf(a, dim) is not { } cls || !models.TryGetValue(cls, out var m)) continue;
            void Add(string key, string status, double? actual, double? limit, string? tactic = null) =>
                list.Add(new ServiceRequirement(dim, cls, key, tactic, status, actual, limit));
            if (m.DedicatedManager)
            {
                var manager = a.Account.KeyAccountManager;
                var held = string.IsNullOrWhiteSpace(manager) ? 0 : load.GetValueOrDefault(manager!, 0);
                Add("dedicated_manager", !string.IsNullOrWhiteSpace(manager) && held <= config.MaxAccountsPerManager
                    ? ServiceRequirement.Met : ServiceRequirement.NotMet, held, config.MaxAccountsPerManager);
            }
            if (m.ContactWithinDays is { } cd)
            {
                if (index.Data.Contacts is null) Add("contact_within_days", ServiceRequirement.NoData, null, cd);
                else
                {
                    var days = Recency.DaysSince(a.Contacts.Select(c => c.LastContact).Where(d => d <= end).Max(), end);
                    Add("contact_within_days", days is { } d && d <= cd ? ServiceRequirement.Met : ServiceRequirement.NotMet, days, cd);
                }
            }
            if (m.SurveyWithinDays is { } sd)
            {
                var days = Recency.DaysSince(index.Surveys[a.Account.AccountId].Select(s => (DateOnly?)s.Date).Where(d => d <= end).Max(), end);
                Add("survey_within_days", days is { } d && d <= sd ? ServiceRequirement.Met : ServiceRequirement.NotMet, days, sd);
            }
            foreach (var t in m.Tactics)
            {
                var state = tactics.First(x => x.Tactic == t);
                Add("tactic", state.Status is null ? ServiceRequirement.NoData
                    : state.Status == TacticStatus.InPlace ? ServiceRequirement.Met : ServiceRequirement.NotMet, null, null,
                    CodeNames.Of(t));
            }
            if (m.MaxCostToServeRatio is { } max)
            {
                var ratio = a.Kpis.CostToServeRatio;
                Add("max_cost_to_serve_ratio", ratio is not { } r ? ServiceRequirement.NoData
                    : r <= max ? ServiceRequirement.Met : ServiceRequirement.NotMet, ratio, max);
            }
        }
        return list;
    }

    /// <summary>An account's class in a dimension of kpis.md (null when it has none).</summary>
    public static string? ClassOf(AccountResult a, string dimension) => dimension switch
    {
        "abc_class" => a.Kpis.AbcClass,
        "customer_type" => a.Account.CustomerType,
        "region" => a.Account.Region,
        "lifecycle" => a.Kpis.Lifecycle,
        "behaviour" => a.Kpis.Behaviour,
        "feedback" => a.Kpis.Feedback,
        "quadrant" => a.Kpis.PortfolioQuadrant,
        _ => null,
    };
}
