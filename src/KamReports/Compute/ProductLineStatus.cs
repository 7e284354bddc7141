namespace KamReports.Compute;

/// <summary>Cross-selling status of a product line for one account.</summary>
public enum ProductLineStatus { Bought, New, NotBought }
