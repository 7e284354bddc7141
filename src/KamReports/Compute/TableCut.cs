namespace KamReports.Compute;

/// <summary>
/// The first rows of a ranked list and "the rest" in one line: how many more and their revenue TTM, so a table's
/// length does not grow with the portfolio while its total still adds up.
/// </summary>
public sealed record TableCut<T>(IReadOnlyList<T> Shown, int More, decimal MoreRevenueTtm);

/// <summary>Builds <see cref="TableCut{T}"/>s.</summary>
public static class TableCut
{
    public static TableCut<T> Of<T>(IReadOnlyList<T> ranked, int max, Func<T, decimal> revenueTtm)
    {
        var rest = ranked.Skip(max).ToArray();
        return new TableCut<T>(ranked.Take(max).ToArray(), rest.Length, rest.Sum(revenueTtm));
    }
}
