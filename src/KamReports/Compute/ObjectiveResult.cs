using KamReports.Records;

namespace KamReports.Compute;

/// <summary>
/// An objective with its measure at Q: the KPI's current value, progress from baseline to target (0-1),
/// the progress expected by now from start and due, and the status (given in the file, else derived).
/// </summary>
public sealed record ObjectiveResult(Objective Objective, KpiScalar Current, double? Progress, double? Expected, ObjectiveStatus? Status,
    bool StatusDerived)
{
    /// <summary>The actions of the plan that serve this objective (actions.objective names its id or its text).</summary>
    public IReadOnlyList<ActionStatusView> Actions { get; init; } = [];
}
