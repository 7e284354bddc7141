using KamReports.Compute;

namespace KamReports.Documents;

/// <summary>Everything a review-pack template can use (templates/review-pack): the portfolio pack or one sponsor's pack.</summary>
public sealed record ReviewPackModel : IDocumentModel
{
    public required DocumentInfo Doc { get; init; }
    public required bool IsPortfolio { get; init; }
    public string? Sponsor { get; init; }
    public required PortfolioTotals Totals { get; init; }
    public required IReadOnlyList<KpiValue> Headline { get; init; }
    public required IReadOnlyList<AbcRow> Abc { get; init; }
    public required IReadOnlyList<AbcClassSummary> AbcClasses { get; init; }
    public required string AbcRule { get; init; }
    public required Concentration Concentration { get; init; }
    public required IReadOnlyList<LossView> Loss { get; init; }
    public required IReadOnlyList<SegmentGroup> Segments { get; init; }
    public required IReadOnlyList<HealthCheckRow> HealthCheck { get; init; }
    public required int KeyAccountsChecked { get; init; }
    public required IReadOnlyList<ExceptionRow> Exceptions { get; init; }
    public required IReadOnlyList<AccountSummaryView> Accounts { get; init; }
    /// <summary>The key to the numbered bubbles of the portfolio matrix.</summary>
    public required IReadOnlyList<MatrixPoint> Matrix { get; init; }
    public required PackCharts Charts { get; init; }
    public required DataAvailability Available { get; init; }
}
