using KamReports.Compute;
using KamReports.Config;
using KamReports.Formatting;

namespace KamReports.Documents;

/// <summary>
/// The one place that turns a KPI definition and its values (an account's or a scope's, now and a year
/// before) into a displayed <see cref="KpiValue"/>: title and definition from the string tables, change,
/// direction, light and window from the catalogue.
/// </summary>
public sealed class KpiPresenter(StringTable strings, KamConfig config)
{
    public KpiValue Present(string key, Func<string, KpiScalar> now, Func<string, KpiScalar>? before)
    {
        var def = KpiCatalog.Get(key);
        var value = now(key);
        var previous = before?.Invoke(key) ?? KpiScalar.Missing;
        var (change, kind) = KpiCatalog.Change(def, value, previous);
        return new KpiValue(key, Title(key), Name(def.Unit), value.Boxed, previous.Boxed, change, kind, def.Direction == GoodDirection.Down,
            KpiCatalog.LightName(KpiCatalog.Light(def, now, config)), strings.TryGet(def.DefinitionKey) ?? "", Name(def.Window));
    }

    /// <summary>An account's KPI by key, as <see cref="Present"/> reads it.</summary>
    public static Func<string, KpiScalar> Of(AccountKpis? k) => k is null ? _ => KpiScalar.Missing : key => KpiCatalog.Get(key).Value(k);

    public string Title(string key) => strings.TryGet("kpi." + key) ?? key;

    /// <summary>Every KPI by key as templates see it (raw values), plus health_light.</summary>
    public static Dictionary<string, object?> Dictionary(AccountKpis k)
    {
        var d = KpiCatalog.All.ToDictionary(def => def.Key, def => def.Value(k).Boxed, StringComparer.Ordinal);
        d["health_light"] = KpiCatalog.LightName(k.HealthLight);
        return d;
    }

    // Enum names as the contract and the templates spell them: end_of_quarter, days90.
    private static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => Codes.Of(value);
}
