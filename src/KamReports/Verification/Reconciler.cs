using KamReports.Documents;
using KamReports.Formatting;

namespace KamReports.Verification;

/// <summary>
/// Checks a document's page-1 figures against the run's own kpis.csv and scopes.csv, as displayed: the expected value is written in
/// the figure's form and must read exactly as the document does.
/// </summary>
public static class Reconciler
{
    /// <summary>One line per figure that reads otherwise than the files give it: figure, scope, window, both values.</summary>
    public static List<string> Check(IEnumerable<Figure> figures, FigureBook book, ValueFormatter f)
    {
        var failures = new List<string>();
        foreach (var figure in figures.DistinctBy(f => (f.Key, f.Scope, f.Form)))
        {
            string expected;
            try
            {
                expected = f.Show(figure.Form, book.Expected(figure));
            }
            catch (ArgumentOutOfRangeException)
            {
                failures.Add($"{figure.Key} ({figure.Scope}): unknown form \"{figure.Form}\"");
                continue;
            }
            if (expected != figure.Shown)
                failures.Add($"{figure.Key} ({Describe(figure)}): the document shows {figure.Shown}, {book.SourceOf(figure)} gives {expected}");
        }
        return failures;
    }

    private static string Describe(Figure f) => f.Scope + ", " + f.Window + (f.IsChange ? ", vs a year before" : "");
}
