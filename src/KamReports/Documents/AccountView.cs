namespace KamReports.Documents;

/// <summary>An account's master data as templates see it.</summary>
public sealed record AccountView(string Id, string Name, string? Industry, string? Region, string? Country, string? CustomerType,
    string? KeyAccountManager,
    string? ExecutiveSponsor, DateOnly? CustomerSince, string? BuyingChannel, double? GrowthPotential, bool IsKeyAccount, string Slug,
        IReadOnlyDictionary<string, string> Extra);
