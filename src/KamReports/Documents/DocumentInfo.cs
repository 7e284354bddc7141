namespace KamReports.Documents;

/// <summary>Facts about the document itself: title, metadata, period, language.</summary>
public sealed record DocumentInfo(string Kind, string Title, string Subject, string Author, string Period, DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateOnly GeneratedOn, string Currency, string Culture, string Lang, string Company)
{
    /// <summary>The colour of an upward (good) change: green or red (config colors.up); templates put <c>up-{{ doc.colors_up }}</c> on the
    /// body.</summary>
    public string ColorsUp { get; init; } = "green";
}
