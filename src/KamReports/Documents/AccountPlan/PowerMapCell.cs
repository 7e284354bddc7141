namespace KamReports.Documents.AccountPlan;

/// <summary>One cell of the power map (influence x stance) with the contacts in it.</summary>
public sealed record PowerMapCell(string Influence, string Stance, IReadOnlyList<ContactView> Contacts);
