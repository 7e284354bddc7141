namespace KamReports.Records;

/// <summary>Who started an offer: we did (proactive), the customer's tender (rfp), or the customer asked (inbound).</summary>
public enum OfferSource { Proactive, Rfp, Inbound }
