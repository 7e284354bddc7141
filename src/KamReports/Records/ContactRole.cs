namespace KamReports.Records;

/// <summary>Role of a contact in the customer's buying centre.</summary>
public enum ContactRole { DecisionMaker, Influencer, User, Gatekeeper, Sponsor }
