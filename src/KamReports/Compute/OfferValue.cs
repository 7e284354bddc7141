namespace KamReports.Compute;

/// <summary>kpis.md weighted_pipeline, per offer: value times probability, rounded to cents; missing without either.</summary>
public static class OfferValue
{
    public static decimal? Weighted(decimal? value, double? probability) =>
        value is { } v && probability is { } p ? Math.Round(v * (decimal)p, 2) : null;
}
