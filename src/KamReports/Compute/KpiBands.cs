using KamReports.Config;

namespace KamReports.Compute;

/// <summary>
/// Traffic-light thresholds of a KPI, read in its good direction: at or beyond <see cref="Green"/> green,
/// at or beyond <see cref="Amber"/> amber, else red. Thresholds may come from the config.
/// </summary>
public sealed record KpiBands(Func<KamConfig, double> Green, Func<KamConfig, double> Amber)
{
    public static KpiBands Fixed(double green, double amber) => new(_ => green, _ => amber);

    /// <summary>Shares of key accounts with an element of good practice (the KAM health check): green from 80%, amber from 50%.</summary>
    public static readonly KpiBands Coverage = Fixed(0.8, 0.5);

    private static readonly KamConfig Defaults = new();

    /// <summary>The light of a value against bands that do not depend on the config.</summary>
    public HealthLight Light(double? value, GoodDirection direction) => Light(value, direction, Defaults);

    public HealthLight Light(double? value, GoodDirection direction, KamConfig config)
    {
        if (value is not { } v || !double.IsFinite(v)) return HealthLight.Unknown;
        var (g, a) = (Green(config), Amber(config));
        return direction == GoodDirection.Down
            ? v <= g ? HealthLight.Green : v <= a ? HealthLight.Amber : HealthLight.Red
            : v >= g ? HealthLight.Green : v >= a ? HealthLight.Amber : HealthLight.Red;
    }
}
