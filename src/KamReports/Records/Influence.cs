namespace KamReports.Records;

/// <summary>How much a contact weighs in decisions.</summary>
public enum Influence { High, Medium, Low }
