namespace KamReports.Records;

/// <summary>One satisfaction survey response.</summary>
public sealed record SurveyResponse(
    string AccountId, DateOnly Date, string? Respondent, int? Nps, double? Csat, double? RelationshipStrength, string? Comment);
