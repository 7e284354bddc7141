namespace KamReports.Records;

/// <summary>A person in the customer's decision-making network.</summary>
public sealed record Contact(
    string AccountId, string Name, string? Title, ContactRole? Role, Influence? Influence, Stance? Stance, string? Owner,
    DateOnly? LastContact);
