namespace KamReports.Records;

/// <summary>One invoice line (or month x product-line aggregate); a negative amount is a return.</summary>
public sealed record RevenueLine(
    string AccountId, DateOnly Date, string ProductLine, decimal Amount, string? OrderId, decimal? CostToServe);
