namespace KamReports.Documents.AccountPlan;

/// <summary>A partner covering the account indirectly: role (distributor, integrator, reseller, service, other) and share of our
/// revenue.</summary>
public sealed record PartnerView(string Name, string? Role, double? Share);
