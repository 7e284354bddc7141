namespace KamReports.Records;

/// <summary>Status of an action-plan item.</summary>
public enum ActionStatus { Planned, InProgress, Done, Cancelled }
