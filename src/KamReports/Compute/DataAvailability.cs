namespace KamReports.Compute;

/// <summary>Which optional inputs were present; sections without data say so.</summary>
public sealed record DataAvailability(bool Complaints, bool Targets, bool Offers, bool Wallet, bool Contacts, bool Team, bool Actions,
    bool Competitors, bool CostToServe,
    bool Objectives = false, bool PlanNotes = false, bool ValuePropositions = false, bool Partners = false, bool Asks = false,
    bool Programme = false);
