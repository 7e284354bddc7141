namespace KamReports.Model;

/// <summary>A contact's attitude towards us.</summary>
public enum Stance { Champion, Supporter, Neutral, Detractor }
