namespace KamReports.Records;

/// <summary>Where an objective stands; empty in the file = derived from progress (kpis.md, Objectives).</summary>
public enum ObjectiveStatus { OnTrack, AtRisk, OffTrack, Achieved, Dropped }
