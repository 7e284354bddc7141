using KamReports.Records;

namespace KamReports.Compute;

/// <summary>One of the seven programme tactics for an account: its status (null: no programme file), since, evidence, owner, and
/// whether the status was derived (single_point_of_contact without a row).</summary>
public sealed record TacticState(Tactic Tactic, TacticStatus? Status, DateOnly? Since, string? Evidence, string? Owner, bool Derived);
