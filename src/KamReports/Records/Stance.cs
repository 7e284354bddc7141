namespace KamReports.Records;

/// <summary>A contact's attitude towards us.</summary>
public enum Stance { Champion, Supporter, Neutral, Detractor }
