using System.Globalization;
using KamReports.Formatting;
using KamReports.Pipeline;

namespace KamReports.Verification;

/// <summary>What <c>kam verify</c> found: how many documents and figures it checked, and one line per failure.</summary>
public sealed record VerifyResult(string Folder, int Files, int Documents, int Figures, IReadOnlyList<string> Failures);

/// <summary>
/// <c>kam verify OUT</c>: the checks of a run, again, on an output folder (outputs.md): every file of manifest.json is the one the
/// run wrote (its SHA-256), every document's page-1 figures read as kpis.csv and scopes.csv of the folder give them, and every PDF
/// reads back (text, fonts, pages, page-1 figures). A PDF swapped for another account's, or a hand-edited kpis.csv, fails it.
/// </summary>
public static class Verifier
{
    public static VerifyResult Run(string folder, string? templatesDir = null)
    {
        var outDir = Resolve(folder);
        var manifest = Manifest.TryRead(Path.Combine(outDir, "manifest.json"))
            ?? throw new KamException($"{Path.Combine(outDir, "manifest.json")}: cannot be read", ExitCodes.Usage);
        var failures = new List<string>();
        var files = 0;
        foreach (var o in manifest.Outputs)
        {
            var path = Path.GetFullPath(Path.Combine(outDir, o.Path));
            if (!SafePath.IsInside(path, outDir))
            {
                failures.Add($"{o.Path}: outside the output folder (the manifest was edited)");
                continue;
            }
            files++;
            if (!File.Exists(path)) failures.Add($"{o.Path}: missing");
            else if (SourceHasher.HashFile(path) != o.Sha256) failures.Add($"{o.Path}: not the file the run wrote (its SHA-256 differs)");
        }

        var formatter = Formatter(manifest, templatesDir);
        var book = FigureBook.Read(outDir);
        var documents = 0;
        var figures = 0;
        foreach (var o in manifest.Outputs.Where(o => o.Check is not null))
        {
            var path = Path.GetFullPath(Path.Combine(outDir, o.Path));
            if (!SafePath.IsInside(path, outDir) || !File.Exists(path)) continue;
            var check = o.Check!;
            documents++;
            figures += check.Figures.Count;
            if (check.Status != DocumentCheck.Passed) failures.Add($"{o.Path}: failed its checks when the run made it");
            // A document printed for a person in another language is written in that language.
            var f = o.Culture is { } culture ? Formatter(manifest with { Culture = culture }, templatesDir) : formatter;
            failures.AddRange(Reconciler.Check(check.Figures, book, f).Select(x => $"{o.Path}: {x}"));
            failures.AddRange(PdfReadBack.Check(File.ReadAllBytes(path), check.MaxPages, check.Figures).Failures
                .Select(f => $"{o.Path}: {f}"));
        }
        return new VerifyResult(outDir, files, documents, figures, failures);
    }

    /// <summary>OUT is the period folder a run wrote (it holds manifest.json), or the --out root when it holds exactly one period.
    /// </summary>
    public static string Folder(string folder, bool requireManifest = true) => Resolve(folder, requireManifest);

    private static string Resolve(string folder, bool requireManifest = true)
    {
        if (!Directory.Exists(folder)) throw new KamException($"{folder}: no such folder", ExitCodes.Usage);
        bool Holds(string d) => File.Exists(Path.Combine(d, "manifest.json"))
            || (!requireManifest && Directory.GetFiles(d, "manifest.shard-*.json").Length > 0);
        if (Holds(folder)) return Path.GetFullPath(folder);
        var periods = Directory.GetDirectories(folder).Where(Holds).ToArray();
        return periods.Length == 1 ? Path.GetFullPath(periods[0])
            : throw new KamException(periods.Length == 0
                ? $"{folder}: no manifest.json here or in a period folder below (not an output folder of kam generate)"
                : $"{folder}: {periods.Length} period folders; name one ({string.Join(", ", periods.Select(Path.GetFileName))})",
                ExitCodes.Usage);
    }

    // The figures are written as the run wrote them: its culture and currency, the string tables of its templates (the folder the
    // manifest names, when it is still there; else the one given, else the default templates).
    private static ValueFormatter Formatter(Manifest manifest, string? templatesDir)
    {
        var dir = templatesDir ?? (manifest.Templates is { } t && Directory.Exists(t) ? t : TemplateLocator.Find(null));
        var culture = CultureInfo.GetCultureInfo(manifest.Culture ?? "en");
        return new ValueFormatter(culture, manifest.Currency ?? "EUR", StringTable.Load(dir, culture));
    }
}
