namespace KamReports.Model;

/// <summary>Complaint severity.</summary>
public enum Severity { Low, Medium, High }
