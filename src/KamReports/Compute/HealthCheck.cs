namespace KamReports.Compute;

/// <summary>KAM health check over the key accounts: shares that have each element of good practice (null when the file is
/// absent).</summary>
public sealed record HealthCheck(int KeyAccounts, double? WithActionPlan, double? WithDecisionMaker, double? WithRecentContact,
    double? WithSurveyResponse,
    double? WithTarget)
{
    /// <summary>The elements in page order, each with its light: green from 80% of key accounts, amber from 50%.</summary>
    public IReadOnlyList<HealthCheckItem> Items =>
    [
        Item("action_plan", WithActionPlan), Item("decision_maker", WithDecisionMaker), Item("recent_contact", WithRecentContact),
        Item("survey_response", WithSurveyResponse), Item("target", WithTarget),
    ];

    /// <summary>Every key account has every element (nothing to show but one sentence).</summary>
    public bool Complete => KeyAccounts > 0 && Items.All(i => i.Share is 1.0);

    private static HealthCheckItem Item(string key, double? share) => new(key, share, KpiBands.Coverage.Light(share, GoodDirection.Up));
}
