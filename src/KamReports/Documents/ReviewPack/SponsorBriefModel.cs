using KamReports.Compute;

namespace KamReports.Documents.ReviewPack;

/// <summary>
/// The one-page pre-read of a sponsor (outputs.md, Sponsor brief; templates/review-pack/brief.html): the decisions, three headline
/// messages, the red and amber accounts one line each, and where the full pack is.
/// </summary>
public sealed record SponsorBriefModel : IDocumentModel
{
    public required DocumentInfo Doc { get; init; }
    public required string Sponsor { get; init; }
    /// <summary>The sponsor's accounts in words.</summary>
    public required string Population { get; init; }
    public required PortfolioTotals Totals { get; init; }
    public required IReadOnlyList<DecisionView> Decisions { get; init; }
    /// <summary>Decisions beyond the brief's, counted, with their money at stake (the pack lists them).</summary>
    public int DecisionsMore { get; init; }
    public decimal DecisionsMoreMoney { get; init; }
    public DateOnly NextReview { get; init; }
    public required IReadOnlyList<HeadlineMessage> Messages { get; init; }
    /// <summary>Red accounts first, then amber, by revenue TTM; at most <see cref="ReviewPackComposer.MaxBriefLines"/>.</summary>
    public required IReadOnlyList<BriefLine> Lights { get; init; }
    public int LightsMore { get; init; }
    public decimal LightsMoreRevenueTtm { get; init; }
    /// <summary>The full pack's file, relative to the output folder.</summary>
    public required string PackPath { get; init; }
    public IReadOnlyList<Figure> PageOne { get; init; } = [];
}
