using KamReports.Compute;

namespace KamReports.Documents.ReviewPack;

/// <summary>Everything a review-pack template can use (templates/review-pack): the portfolio pack or one sponsor's pack.</summary>
public sealed record ReviewPackModel : IDocumentModel
{
    public required DocumentInfo Doc { get; init; }
    public required bool IsPortfolio { get; init; }
    public string? Sponsor { get; init; }
    /// <summary>The figures of the pack's population (key accounts, or the sponsor's accounts).</summary>
    public required PortfolioTotals Totals { get; init; }
    /// <summary>The figures of the ABC population (all accounts in the portfolio pack, the sponsor's in a sponsor pack).</summary>
    public required PortfolioTotals AllTotals { get; init; }
    /// <summary>The pack's population in words: "10 key accounts", "Claire Dubois's 7 accounts".</summary>
    public required string Population { get; init; }
    /// <summary>The population of the ABC, concentration and segment pages in words: "all 40 accounts".</summary>
    public required string AbcPopulation { get; init; }
    public required IReadOnlyList<KpiValue> Headline { get; init; }
    public required IReadOnlyList<AbcRow> Abc { get; init; }
    public required IReadOnlyList<AbcClassTotal> AbcClasses { get; init; }
    public required string AbcRule { get; init; }
    /// <summary>The ABC rule in words with the configured cut-offs.</summary>
    public required string AbcRuleText { get; init; }
    public required Concentration Concentration { get; init; }
    public required IReadOnlyList<LossView> Loss { get; init; }
    public required IReadOnlyList<SegmentGroup> Segments { get; init; }
    public required IReadOnlyList<HealthCheckRow> HealthCheck { get; init; }
    public required int KeyAccountsChecked { get; init; }
    /// <summary>Every key account follows every practice of the health check: the page says so in one sentence instead of a table of 100%.</summary>
    public bool HealthCheckComplete { get; init; }
    /// <summary>The top exceptions by revenue at stake (at most 10).</summary>
    public required IReadOnlyList<ExceptionRow> Exceptions { get; init; }
    /// <summary>How many more key accounts have a risk, and their revenue TTM.</summary>
    public required int ExceptionsMore { get; init; }
    public required decimal ExceptionsMoreRevenueTtm { get; init; }
    public required IReadOnlyList<AccountSummaryView> Accounts { get; init; }
    /// <summary>The key to the numbered bubbles of the portfolio matrix.</summary>
    public required IReadOnlyList<MatrixPoint> Matrix { get; init; }
    /// <summary>Accounts of the matrix beyond its table (unlabelled bubbles), and their revenue TTM.</summary>
    public int MatrixMore { get; init; }
    public decimal MatrixMoreRevenueTtm { get; init; }
    /// <summary>Accounts of the ABC ranking beyond its table, and their revenue TTM.</summary>
    public int AbcMore { get; init; }
    public decimal AbcMoreRevenueTtm { get; init; }
    /// <summary>Page 1: the 3-5 generated headline sentences, ranked by money at stake.</summary>
    public required IReadOnlyList<HeadlineMessage> Messages { get; init; }
    /// <summary>Every figure page 1 states (cover facts, tiles, messages), with its KPI key, scope and window: checked against
    /// kpis.csv and scopes.csv before printing and read back from the PDF after.</summary>
    public IReadOnlyList<Figure> PageOne { get; init; } = [];
    public required PackCharts Charts { get; init; }
    /// <summary>Page 1: "Decisions we need from you" (the sponsor's, or leadership's in the portfolio pack), the top five by the
    /// contract's ranking.</summary>
    public required IReadOnlyList<DecisionView> Decisions { get; init; }
    /// <summary>The decisions after the top five (at most ten more), and how many beyond those with their money at stake.</summary>
    public IReadOnlyList<DecisionView> DecisionsRest { get; init; } = [];
    public int DecisionsMore { get; init; }
    public decimal DecisionsMoreMoney { get; init; }
    /// <summary>The date asks without needed_by and the interventions are wanted by (config next_review).</summary>
    public DateOnly NextReview { get; init; }
    /// <summary>Last review's asks: decided in the period (with the outcome) and raised before it and still open.</summary>
    public IReadOnlyList<LastAskView> LastReview { get; init; } = [];
    /// <summary>Asks of last review's beyond the lines shown (all in the workbook's Decisions sheet).</summary>
    public int LastReviewMore { get; init; }
    /// <summary>The triage's materiality: a severity-2 account is an exception from this share of the scope's revenue TTM.</summary>
    public double Materiality { get; init; }
    /// <summary>The asks of the pack's accounts at the end of the period: open, overdue, decided in it, and the decision rate.</summary>
    public int? AsksOpen { get; init; }
    public int? AsksOverdue { get; init; }
    public int? AsksDecided { get; init; }
    public double? AskDecisionRate { get; init; }
    /// <summary>"Are we serving each class as planned?": every configured class of the pack's scope.</summary>
    public IReadOnlyList<ClassServiceView> Service { get; init; } = [];
    /// <summary>The programme across the scope's key accounts: the 20 with most revenue TTM, the seven tactics' names, and the rest
    /// counted with their mean programme coverage.</summary>
    public IReadOnlyList<ProgrammeLine> Programme { get; init; } = [];
    public IReadOnlyList<string> TacticNames { get; init; } = [];
    public int ProgrammeMore { get; init; }
    public double? ProgrammeMoreCoverage { get; init; }
    public bool HasProgramme { get; init; }
    /// <summary>Whether the run has asks at all (the asks file or plan notes of section asks).</summary>
    public bool HasAsks { get; init; }
    /// <summary>ABC, Pareto and matrix only from five accounts up.</summary>
    public bool ShowAbc { get; init; } = true;
    /// <summary>A sponsor pack's watch list: every account of the sponsor, by revenue TTM.</summary>
    public required IReadOnlyList<WatchRow> Watch { get; init; }
    /// <summary>Accounts of the sponsor beyond the watch list's lines, and their revenue TTM.</summary>
    public int WatchMore { get; init; }
    public decimal WatchMoreRevenueTtm { get; init; }
    /// <summary>A sponsor pack's "coming up": offers and renewals expected to close next quarter, objectives due, by date.</summary>
    public required IReadOnlyList<ComingUpRow> ComingUp { get; init; }
    /// <summary>Dates beyond the first <see cref="ReviewPackComposer.MaxComingUp"/>, and the value of their offers.</summary>
    public int ComingUpMore { get; init; }
    public decimal ComingUpMoreValue { get; init; }
    /// <summary>The quarter "coming up" covers.</summary>
    public required string NextQuarter { get; init; }
    public required DataAvailability Available { get; init; }
}
