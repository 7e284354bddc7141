namespace KamReports.Documents.AccountPlan;

/// <summary>A KPI's title and its plain-language definition, for the appendix.</summary>
public sealed record DefinitionRow(string Key, string Title, string Text);
