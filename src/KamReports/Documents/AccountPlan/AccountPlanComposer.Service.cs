using KamReports.Compute;

namespace KamReports.Documents.AccountPlan;

// Section "Service and programme": the class's treatment, each requirement with the figure that decides it, the seven tactics.
public sealed partial class AccountPlanComposer
{
    private IReadOnlyList<ServiceView> Service(AccountResult a) => a.Service
        .GroupBy(r => (r.Dimension, r.Class))
        .Select(g => new ServiceView(c.T("dim." + g.Key.Dimension, g.Key.Dimension), g.Key.Class,
            c.F.Strings.TryGet($"service.treatment.{g.Key.Dimension}.{g.Key.Class}"),
            g.Select(r => new RequirementView(r.Tactic is null ? r.Key : "tactic." + r.Tactic, r.Status, Requirement(a, r))).ToArray()))
        .ToArray();

    private string Requirement(AccountResult a, ServiceRequirement r)
    {
        var f = c.F;
        return r.Key switch
        {
            "dedicated_manager" => string.IsNullOrWhiteSpace(a.Account.KeyAccountManager) ? c.T("req.no_manager")
                : c.Format("req.dedicated_manager", "{0} {1} {2}", a.Account.KeyAccountManager, f.Number(r.Actual), f.Number(r.Limit)),
            "contact_within_days" => r.Status == ServiceRequirement.NoData ? c.Format("req.no_contacts_file", "{1}", null, f.Number(r.Limit))
                : r.Actual is null ? c.Format("req.no_contact", "{1}", null, f.Number(r.Limit))
                : c.Format("req.contact_within_days", "{0} {1}", f.Number(r.Actual), f.Number(r.Limit)),
            "survey_within_days" => r.Actual is null ? c.Format("req.no_survey", "{1}", null, f.Number(r.Limit))
                : c.Format("req.survey_within_days", "{0} {1}", f.Number(r.Actual), f.Number(r.Limit)),
            "tactic" => c.Format("req.tactic", "{0}", c.T("tactic." + r.Tactic, r.Tactic ?? "")),
            _ => r.Actual is null ? c.Format("req.no_cost", "{1}", null, f.Percent(r.Limit))
                : c.Format("req.max_cost_to_serve_ratio", "{0} {1}", f.Percent(r.Actual), f.Percent(r.Limit)),
        };
    }

    private IReadOnlyList<TacticView> Tactics(AccountResult a) => a.Programme.Select(t => new TacticView(Codes.Of(t.Tactic),
        c.T("tactic." + Codes.Of(t.Tactic)), t.Status is { } s ? Codes.Of(s) : "no_data", t.Since, t.Evidence, t.Derived)).ToArray();
}
