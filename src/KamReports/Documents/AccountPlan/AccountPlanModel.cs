using KamReports.Compute;

namespace KamReports.Documents.AccountPlan;

/// <summary>Everything an account-plan template can use (templates/account-plan).</summary>
public sealed record AccountPlanModel : IDocumentModel
{
    public required DocumentInfo Doc { get; init; }
    public required AccountView Account { get; init; }
    /// <summary>Every kpis.md value by key (kpis.revenue_ttm ...), raw.</summary>
    public required IReadOnlyDictionary<string, object?> Kpis { get; init; }
    /// <summary>The same keys for Q-4 (a year before), or empty when there is no history.</summary>
    public required IReadOnlyDictionary<string, object?> Previous { get; init; }
    public required IReadOnlyList<KpiValue> Headline { get; init; }
    /// <summary>Page 1: the 3-5 generated headline sentences, ranked by money at stake.</summary>
    public required IReadOnlyList<HeadlineMessage> Messages { get; init; }
    /// <summary>Every figure page 1 states, with its KPI key, scope and window: checked against kpis.csv before printing and read
    /// back from the PDF after.</summary>
    public IReadOnlyList<Figure> PageOne { get; init; } = [];
    /// <summary>The appendix: every KPI of the scorecard with its definition in plain language.</summary>
    public required IReadOnlyList<DefinitionRow> Definitions { get; init; }
    /// <summary>The appendix: which optional files were given and how many rows concern this account.</summary>
    public required IReadOnlyList<CoverageRow> Coverage { get; init; }
    /// <summary>What changed since last quarter (Q-1 to Q); null when the quarter before could not be computed.</summary>
    public WhatChanged? Changes { get; init; }
    public required string HealthLight { get; init; }
    public required IReadOnlyList<HealthComponentView> Health { get; init; }
    public required IReadOnlyList<RiskView> Risks { get; init; }
    /// <summary>Section "Service and programme": the service models of the account's classes (empty when none applies).</summary>
    public IReadOnlyList<ServiceView> Service { get; init; } = [];
    /// <summary>The seven programme tactics, and how many are in place of those applicable (null without a programme file).</summary>
    public IReadOnlyList<TacticView> Tactics { get; init; } = [];
    public int? TacticsInPlace { get; init; }
    public int? TacticsApplicable { get; init; }
    /// <summary>The applicable tactics not in place, in words.</summary>
    public IReadOnlyList<string> MissingTactics { get; init; } = [];
    public required IReadOnlyList<TeamView> Team { get; init; }
    public required IReadOnlyList<ContactView> Contacts { get; init; }
    public required IReadOnlyList<ActionView> Actions { get; init; }
    public required IReadOnlyList<ComplaintView> Complaints { get; init; }
    public required IReadOnlyList<CompetitorView> Competitors { get; init; }
    public required IReadOnlyList<CommentView> Comments { get; init; }
    public required IReadOnlyList<QuarterView> Quarters { get; init; }
    public required IReadOnlyList<ProductLineView> ProductLines { get; init; }
    public decimal? ProjectedNextQuarter { get; init; }
    public required string NextQuarter { get; init; }
    public decimal? WalletPrevYear { get; init; }
    public double? CompetitorShareTotal { get; init; }
    public required IReadOnlyList<ScorecardGroup> Scorecard { get; init; }
    public required AccountCharts Charts { get; init; }
    /// <summary>The team's own words by section (summary, wins, risks, asks, customer_goals, ..., history): paragraphs in file order; every
    /// section is present, empty when unwritten.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Notes { get; init; }
    public required IReadOnlyList<ObjectiveView> Objectives { get; init; }
    /// <summary>Actions that serve no objective of the objectives file.</summary>
    public required IReadOnlyList<ActionView> OtherActions { get; init; }
    public required IReadOnlyList<ValueElementView> ValueElements { get; init; }
    public required IReadOnlyList<OfferView> Pipeline { get; init; }
    public required IReadOnlyList<PartnerView> Partners { get; init; }
    /// <summary>The power map: 3 influence rows (high, medium, low) x 4 stance columns (champion, supporter, neutral, detractor).</summary>
    public required IReadOnlyList<PowerMapCell> PowerMap { get; init; }
    /// <summary>The start of the KAM's summary for page 1 (cut at a sentence near 500 characters); the whole text is in the summary
    /// section.</summary>
    public string? CoverSummary { get; init; }
    /// <summary>The first asks for page 1 (at most 3, each cut near 220 characters).</summary>
    public required IReadOnlyList<string> CoverAsks { get; init; }
    /// <summary>True when page 1 shows only part of the summary or the asks.</summary>
    public bool CoverMore { get; init; }
    /// <summary>Contacts the power map cannot place (no influence or stance).</summary>
    public required IReadOnlyList<ContactView> Unplaced { get; init; }
    public required DataAvailability Available { get; init; }
}
