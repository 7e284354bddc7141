namespace KamReports.Records;

/// <summary>Status of an ask (data-contract.md, asks): open until the sponsor decides or the team withdraws it.</summary>
public enum AskStatus { Open, Agreed, Done, Declined, Withdrawn }
