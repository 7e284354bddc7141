namespace KamReports.Records;

/// <summary>One customer from the <c>accounts</c> file.</summary>
public sealed record Account(
    string AccountId,
    string Name,
    string? Industry,
    string? Region,
    string? Country,
    string? CustomerType,
    string? KeyAccountManager,
    string? ExecutiveSponsor,
    DateOnly? CustomerSince,
    bool? IsKeyAccount,
    double? GrowthPotential,
    string? BuyingChannel,
    IReadOnlyDictionary<string, string> Extra);
