namespace KamReports.Records;

/// <summary>The seven tactics of the key account programme (data-contract.md, programme): the exit barriers.</summary>
public enum Tactic { SinglePointOfContact, Pricing, Ordering, Customisation, SalesUnits, JointTeams, IntegratedSupply }
