using System.Text;
using KamReports.Data;
using KamReports.Records;

namespace KamReports.Forms;

/// <summary>
/// The current rows of each plan file, as the contract's column values (ISO choices, typed dates and numbers), keyed by account.
/// </summary>
internal static class PlanFormRows
{
    /// <summary>
    /// Rows of <paramref name="spec"/> in file order: the account id and the values of the contract's columns, in the spec's order.
    /// </summary>
    public static IEnumerable<(string AccountId, object?[] Values)> Of(FileSpec spec, DataSet data) => spec.Role switch
    {
        "objectives" => (data.Objectives ?? []).Select(o => (o.AccountId, Row(
            o.AccountId, o.ObjectiveId, o.Text, o.Kpi, o.Baseline, o.Target, o.Start, o.Due, o.Owner, Code(o.Status)))),
        "actions" => (data.Actions ?? []).Select(a => (a.AccountId, Row(
            a.AccountId, a.Objective, a.Action, a.Owner, a.Due, Code(a.Status), a.Completed))),
        "plan_notes" => (data.PlanNotes ?? []).Select(n => (n.AccountId, Row(n.AccountId, Code(n.Section), n.Text))),
        "value_propositions" => (data.ValuePropositions ?? []).Select(v => (v.AccountId, Row(
            v.AccountId, v.ValueElement, v.CustomerBenefit, v.QuantifiedValue, v.Evidence,
            v.Importance, v.OurRating, v.Competitor, v.CompetitorRating))),
        "contacts" => (data.Contacts ?? []).Select(c => (c.AccountId, Row(
            c.AccountId, c.Name, c.Title, Code(c.Role), Code(c.Influence), Code(c.Stance), c.Owner, c.LastContact))),
        "partners" => (data.Partners ?? []).Select(p => (p.AccountId, Row(p.AccountId, p.Name, Code(p.Role), p.Share))),
        "asks" => (data.Asks ?? []).Select(a => (a.AccountId, Row(
            a.AccountId, a.AskId, a.Text, a.Raised, a.AskedOf, a.NeededBy, a.ValueAtStake, Code(a.Status), a.Decided, a.Outcome,
            a.Owner))),
        "programme" => (data.Programme ?? []).Select(r => (r.AccountId, Row(
            r.AccountId, Code(r.Tactic), Code(r.Status), r.Since, r.Evidence, r.Owner))),
        _ => throw new ArgumentException($"{spec.Role} is not a plan file", nameof(spec)),
    };

    private static object?[] Row(params object?[] values) => values;

    /// <summary>The contract's spelling of a closed-set value: <c>InProgress</c> is <c>in_progress</c>.</summary>
    public static string? Code(Enum? value)
    {
        if (value is null) return null;
        var name = value.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}
