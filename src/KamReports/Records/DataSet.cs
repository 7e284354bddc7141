namespace KamReports.Records;

/// <summary>
/// Everything loaded from a data folder. A null optional list means the file was absent ("no data"), an empty one that it had no rows.
/// </summary>
public sealed record DataSet(
    IReadOnlyList<Account> Accounts,
    IReadOnlyList<RevenueLine> Revenue,
    IReadOnlyList<SurveyResponse> Satisfaction,
    IReadOnlyList<Complaint>? Complaints,
    IReadOnlyList<Target>? Targets,
    IReadOnlyList<Offer>? Offers,
    IReadOnlyList<WalletEstimate>? Wallet,
    IReadOnlyList<Contact>? Contacts,
    IReadOnlyList<TeamMember>? Team,
    IReadOnlyList<ActionItem>? Actions,
    IReadOnlyList<CompetitorPosition>? Competitors,
    bool HasCostToServe,
    IReadOnlyList<InputFile> Files,
    IReadOnlyList<ValidationProblem> Problems)
{
    // The summary with what it was made from: a copy made with another Revenue or ReducedRevenue (with { ... }) makes its own.
    private Tuple<object, RevenueSummary>? _revenueSummary;

    /// <summary>The revenue reduced inside DuckDB (a large file or a DuckDB source); null when <see cref="Revenue"/> holds the lines.
    /// </summary>
    public RevenueSummary? ReducedRevenue { get; init; }

    /// <summary>What Compute takes from the revenue: DuckDB's reduction, or the lines reduced the same way once.</summary>
    public RevenueSummary RevenueSummary
    {
        get
        {
            object from = ReducedRevenue ?? (object)Revenue;
            if (_revenueSummary is { } c && ReferenceEquals(c.Item1, from)) return c.Item2;
            var built = Tuple.Create(from, ReducedRevenue ?? RevenueSummary.From(Revenue));
            _revenueSummary = built;
            return built.Item2;
        }
    }

    /// <summary>Things the loader fixed or assumed that the user should know (sponsor spellings unified, ...).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
    /// <summary>
    /// The database that played some roles (provider, host/database; never a password), or null when every role came from files.
    /// </summary>
    public string? Source { get; init; }

    // What the account team writes (null = file absent).
    public IReadOnlyList<Objective>? Objectives { get; init; }
    public IReadOnlyList<PlanNote>? PlanNotes { get; init; }
    public IReadOnlyList<ValueProposition>? ValuePropositions { get; init; }
    public IReadOnlyList<Partner>? Partners { get; init; }
    /// <summary>The asks file (null = absent); asks written as plan_notes of section asks are added by Compute for the period.</summary>
    public IReadOnlyList<Ask>? Asks { get; init; }
    /// <summary>The programme file (null = absent): one row per account and tactic.</summary>
    public IReadOnlyList<ProgrammeRow>? Programme { get; init; }
    /// <summary>The people file (null = absent): who receives what from <c>kam send</c>.</summary>
    public IReadOnlyList<Person>? People { get; init; }
}
