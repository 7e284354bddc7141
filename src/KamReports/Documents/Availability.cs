namespace KamReports.Documents;

/// <summary>Which optional inputs were present, so sections can say "no data" instead of vanishing.</summary>
public sealed record Availability(bool Complaints, bool Targets, bool Offers, bool Wallet, bool Contacts, bool Team, bool Actions, bool Competitors, bool CostToServe);
