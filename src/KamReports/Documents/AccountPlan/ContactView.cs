namespace KamReports.Documents.AccountPlan;

/// <summary>
/// A person of the decision-making network; <see cref="Recent"/> is true when contacted in the 90 days to period end,
/// <see cref="DaysSinceContact"/> counts days from the last contact to period end.
/// </summary>
public sealed record ContactView(string Name, string? Title, string? Role, string? Influence, string? Stance, string? Owner,
    DateOnly? LastContact, bool Recent)
{
    public int? DaysSinceContact { get; init; }
    public bool DecisionMaker => Role == "decision_maker";
}
