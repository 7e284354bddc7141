namespace KamReports.Records;

/// <summary>A partner's role with the account.</summary>
public enum PartnerRole { Distributor, Integrator, Reseller, Service, Other }
