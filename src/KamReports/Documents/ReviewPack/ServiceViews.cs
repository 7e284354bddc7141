namespace KamReports.Documents.ReviewPack;

/// <summary>A class of a pack's scope and how it is served: accounts, fully served, the requirement most often missed (in words) and
/// how often, the mean cost-to-serve ratio against the class's limit, over- and under-served accounts.</summary>
public sealed record ClassServiceView(string Dimension, string Class, string? Treatment, int Accounts, int FullyServed, string? MostMissed,
    int MostMissedCount, double? MeanCostRatio, double? Limit, int OverServed, int UnderServed);

/// <summary>A key account's line of the programme matrix: the seven tactics' statuses (in_place, planned, missing, not_applicable,
/// no_data) and its exit barriers in place of those applicable.</summary>
public sealed record ProgrammeLine(string Id, string Name, IReadOnlyList<string> Statuses, int? InPlace, int? Applicable);
