namespace KamReports.Documents.AccountPlan;

/// <summary>The service model of one of the account's classes: the dimension in words, the class, its treatment in the document's
/// language, and each requirement met, not met or without data, with the figure that decides it.</summary>
public sealed record ServiceView(string Dimension, string Class, string? Treatment, IReadOnlyList<RequirementView> Requirements);

/// <summary>One requirement of a service model: its key, status (met, not_met, no_data) and a sentence with the deciding figure.</summary>
public sealed record RequirementView(string Key, string Status, string Text);

/// <summary>One of the seven programme tactics: code, name, status (in_place, planned, missing, not_applicable, or no_data), since,
/// evidence, whether the status was derived.</summary>
public sealed record TacticView(string Tactic, string Name, string Status, DateOnly? Since, string? Evidence, bool Derived);
