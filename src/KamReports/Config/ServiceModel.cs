using KamReports.Records;

namespace KamReports.Config;

/// <summary>
/// How one class of a segment dimension is to be served (data-contract.md, config service_models; kpis.md, Service models): a
/// dedicated manager, a contact and a survey within so many days, programme tactics in place, a ceiling on the cost-to-serve ratio.
/// A requirement left out is not asked.
/// </summary>
public sealed record ServiceModel
{
    public bool DedicatedManager { get; init; }
    public int? ContactWithinDays { get; init; }
    public int? SurveyWithinDays { get; init; }
    public IReadOnlyList<Tactic> Tactics { get; init; } = [];
    public double? MaxCostToServeRatio { get; init; }

    /// <summary>The dimensions a model may be given for, by their kpis.md names, with their closed sets of classes (null: any value
    /// of the data, such as a region).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>?> Dimensions = new Dictionary<string, IReadOnlyList<string>?>
    {
        ["abc_class"] = ["A", "B", "C"],
        ["customer_type"] = null,
        ["region"] = null,
        ["lifecycle"] = ["new", "active", "declining", "lost", "prospect"],
        ["behaviour"] = ["frequent", "occasional", "none"],
        ["feedback"] = ["satisfied", "neutral", "dissatisfied", "unknown"],
        ["quadrant"] = ["strategic", "develop", "maintain", "streamline"],
    };

    /// <summary>The requirement keys of a model.</summary>
    public static readonly IReadOnlyList<string> Requirements =
        ["dedicated_manager", "contact_within_days", "survey_within_days", "tactics", "max_cost_to_serve_ratio"];

    /// <summary>The shipped default (data-contract.md): the ABC model of seed 001.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, ServiceModel>> Default =
        new Dictionary<string, IReadOnlyDictionary<string, ServiceModel>>
        {
            ["abc_class"] = new Dictionary<string, ServiceModel>
            {
                ["A"] = new()
                {
                    DedicatedManager = true, ContactWithinDays = 30, SurveyWithinDays = 180,
                    Tactics = [Tactic.Customisation, Tactic.SinglePointOfContact],
                },
                ["B"] = new() { ContactWithinDays = 90, Tactics = [Tactic.Pricing] },
                ["C"] = new() { ContactWithinDays = 365, MaxCostToServeRatio = 0.05 },
            },
        };
}
