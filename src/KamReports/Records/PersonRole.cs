namespace KamReports.Records;

/// <summary>What a person receives (data-contract.md, people): a sponsor their brief and pack, a key account manager their plan form,
/// leadership the portfolio pack.</summary>
public enum PersonRole { Sponsor, Kam, Leadership }
