using KamReports.Records;

namespace KamReports.Compute;

/// <summary>The data set's records grouped by account once, so each pass reads an account's rows directly.</summary>
internal sealed class RecordIndex(DataSet data)
{
    public DataSet Data { get; } = data;
    public readonly ILookup<string, RevenueCell> Revenue = data.RevenueSummary.Cells.ToLookup(r => r.AccountId, StringComparer.Ordinal);
    public readonly ILookup<string, RevenueOrders> Orders = data.RevenueSummary.Orders.ToLookup(r => r.AccountId, StringComparer.Ordinal);
    public readonly ILookup<string, SurveyResponse> Surveys = data.Satisfaction.ToLookup(r => r.AccountId, StringComparer.Ordinal);
    public readonly ILookup<string, Complaint> Complaints = By(data.Complaints, r => r.AccountId);
    public readonly ILookup<string, Target> Targets = By(data.Targets, r => r.AccountId);
    public readonly ILookup<string, Offer> Offers = By(data.Offers, r => r.AccountId);
    public readonly ILookup<string, WalletEstimate> Wallet = By(data.Wallet, r => r.AccountId);
    public readonly ILookup<string, Contact> Contacts = By(data.Contacts, r => r.AccountId);
    public readonly ILookup<string, TeamMember> Team = By(data.Team, r => r.AccountId);
    public readonly ILookup<string, ActionItem> Actions = By(data.Actions, r => r.AccountId);
    public readonly ILookup<string, CompetitorPosition> Competitors = By(data.Competitors, r => r.AccountId);
    public readonly ILookup<string, Objective> Objectives = By(data.Objectives, r => r.AccountId);
    public readonly ILookup<string, PlanNote> PlanNotes = By(data.PlanNotes, r => r.AccountId);
    public readonly ILookup<string, ValueProposition> ValuePropositions = By(data.ValuePropositions, r => r.AccountId);
    public readonly ILookup<string, Partner> Partners = By(data.Partners, r => r.AccountId);
    public readonly ILookup<string, ProgrammeRow> Programme = By(data.Programme, r => r.AccountId);

    public DataAvailability Availability { get; } = new(data.Complaints is not null, data.Targets is not null, data.Offers is not null,
        data.Wallet is not null,
        data.Contacts is not null, data.Team is not null, data.Actions is not null, data.Competitors is not null, data.HasCostToServe,
        data.Objectives is not null, data.PlanNotes is not null, data.ValuePropositions is not null, data.Partners is not null,
        AskRules.Present(data), data.Programme is not null);

    private static ILookup<string, T> By<T>(IReadOnlyList<T>? items, Func<T, string> key) => (items ?? [])
        .ToLookup(key, StringComparer.Ordinal);
}
