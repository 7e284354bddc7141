namespace KamReports.Documents.ReviewPack;

/// <summary>What is being done about an exception: an open objective or action of the account, its owner and due date.</summary>
public sealed record DoingView(string Kind, string Text, string? Owner, DateOnly? Due, bool Overdue);
