using KamReports.Records;

namespace KamReports.Compute;

/// <summary>Everything computed for one account: the KPIs plus the series and lists the documents show.</summary>
public sealed record AccountResult
{
    public required Account Account { get; init; }
    public required bool IsKeyAccount { get; init; }
    public required AccountKpis Kpis { get; init; }
    /// <summary>Q-7 .. Q, oldest first.</summary>
    public required IReadOnlyList<QuarterPoint> Quarters { get; init; }
    public required IReadOnlyList<ProductLineStat> ProductLines { get; init; }
    /// <summary>Linear trend of the last 8 quarters projected one quarter ahead; null with fewer than 2 quarters of history.</summary>
    public decimal? ProjectedNextQuarter { get; init; }
    public decimal? WalletPrevYear { get; init; }
    public int OrdersTtm { get; init; }
    public int ResponsesTtm { get; init; }
    /// <summary>NPS answers in TTM, for scopes that pool them.</summary>
    public NpsTally NpsTtm { get; init; } = new(0, 0, 0);
    /// <summary>Portfolio-matrix x (relationship, 1-5) and y (potential, 1-5) actually used.</summary>
    public double? RelationshipAxis { get; init; }
    public double? PotentialAxis { get; init; }
    public required IReadOnlyList<HealthComponent> Health { get; init; }
    public required IReadOnlyList<Risk> Risks { get; init; }
    public required IReadOnlyList<Complaint> Complaints { get; init; }
    public required IReadOnlyList<Contact> Contacts { get; init; }
    public required IReadOnlyList<TeamMember> Team { get; init; }
    public required IReadOnlyList<ActionStatusView> Actions { get; init; }
    public required IReadOnlyList<CompetitorPosition> Competitors { get; init; }
    /// <summary>The competitors' estimated shares added up (a missing estimate counts 0); missing without competitors.</summary>
    public double? CompetitorShareTotal => Competitors.Count == 0 ? null : Competitors.Sum(c => c.EstimatedShare ?? 0);
    public required IReadOnlyList<SurveyResponse> RecentComments { get; init; }
    /// <summary>The account's objectives in file order, each with its measure, status and actions.</summary>
    public IReadOnlyList<ObjectiveResult> Objectives { get; init; } = [];
    /// <summary>Actions that name no objective of the file.</summary>
    public IReadOnlyList<ActionStatusView> UngroupedActions { get; init; } = [];
    /// <summary>The team's notes in file order.</summary>
    public IReadOnlyList<PlanNote> Notes { get; init; } = [];
    public IReadOnlyList<ValueProposition> ValuePropositions { get; init; } = [];
    public IReadOnlyList<Partner> Partners { get; init; } = [];
    /// <summary>The account's asks as they stood at the end of Q (raised by then), oldest first.</summary>
    public IReadOnlyList<AskState> Asks { get; init; } = [];
    /// <summary>Every requirement of the account's service models (kpis.md), in the order of the config.</summary>
    public IReadOnlyList<ServiceRequirement> Service { get; init; } = [];
    /// <summary>The seven programme tactics, in the contract's order.</summary>
    public IReadOnlyList<TacticState> Programme { get; init; } = [];
    /// <summary>Offers dated in Q (any status), by date.</summary>
    public IReadOnlyList<Offer> QuarterOffers { get; init; } = [];
    /// <summary>Open offers dated on or before the end of Q (the pipeline), by expected close.</summary>
    public IReadOnlyList<Offer> OpenOffers { get; init; } = [];
}
