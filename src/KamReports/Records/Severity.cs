namespace KamReports.Records;

/// <summary>Complaint severity.</summary>
public enum Severity { Low, Medium, High }
