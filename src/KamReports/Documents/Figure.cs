using System.Text.Json.Serialization;

namespace KamReports.Documents;

/// <summary>
/// One figure a document shows, with what it is (outputs.md, Reconciled before it leaves): its KPI key (a change is
/// <c>KEY.change</c>), its scope (<c>all</c>, <c>key_accounts</c>, <c>sponsor:NAME</c>, <c>account:ID</c>), its window, how it
/// is written (<see cref="Form"/>: <c>money</c>, <c>money_short</c>, <c>percent</c>, <c>number</c>, <c>number1</c>,
/// <c>delta</c>, <c>delta_pts</c>, <c>delta_count</c>; <c>_abs</c> appended when a sentence states the size and says the direction
/// in words), the value and the text the document shows. The run checks each page-1 figure against kpis.csv and scopes.csv
/// before printing and finds its text on page 1 of the PDF after.
/// </summary>
public sealed record Figure(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("scope")] string Scope,
    [property: JsonPropertyName("window")] string Window,
    [property: JsonPropertyName("form")] string Form,
    [property: JsonPropertyName("value")] double? Value,
    [property: JsonPropertyName("shown")] string Shown)
{
    /// <summary>For a change: the earlier value it is taken against (the same scope a year before).</summary>
    [JsonPropertyName("previous")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Previous { get; init; }

    public const string ChangeSuffix = ".change";

    public const string AllScope = "all";
    public const string KeyAccountsScope = "key_accounts";
    public const string SponsorPrefix = "sponsor:";
    public const string AccountPrefix = "account:";

    /// <summary>True for the change of a KPI (<c>KEY.change</c>).</summary>
    [JsonIgnore]
    public bool IsChange => Key.EndsWith(ChangeSuffix, StringComparison.Ordinal);

    /// <summary>The KPI key without <c>.change</c>.</summary>
    [JsonIgnore]
    public string BaseKey => IsChange ? Key[..^ChangeSuffix.Length] : Key;

    public static string ForAccount(string accountId) => AccountPrefix + accountId;
}
