namespace KamReports.Records;

/// <summary>Status of a programme tactic for an account; empty in the file = missing.</summary>
public enum TacticStatus { InPlace, Planned, Missing, NotApplicable }
