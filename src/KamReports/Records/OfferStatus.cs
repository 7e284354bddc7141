namespace KamReports.Records;

/// <summary>Status of an offer or quote.</summary>
public enum OfferStatus { Won, Lost, Open }
