namespace KamReports.Documents.AccountPlan;

/// <summary>A complaint as listed in the account plan.</summary>
public sealed record ComplaintView(string Id, DateOnly Opened, DateOnly? Closed, string? Severity, string? Category, string? Description,
    bool IsOpen, int DaysOpen);
