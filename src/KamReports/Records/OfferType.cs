namespace KamReports.Records;

/// <summary>What an offer sells: more lines (cross_sell), more of a line (upsell), a renewal, or a new business.</summary>
public enum OfferType { CrossSell, Upsell, Renewal, NewBusiness }
