namespace KamReports.Records;

/// <summary>
/// One person of the address book for <c>kam send</c> (data-contract.md, people): the name as accounts spell it, the address, the
/// language of their documents (null = the run's culture), the role (null = derived from accounts) and how documents reach them
/// (<see cref="Link"/>: a link instead of an attachment).
/// </summary>
public sealed record Person(string Name, string Email, string? Culture, PersonRole? Role, bool Link);
