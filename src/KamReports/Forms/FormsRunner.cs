using KamReports.Compute;
using KamReports.Data;
using KamReports.Documents;
using KamReports.Formatting;
using KamReports.Records;
using KamReports.Output;
using KamReports.Pipeline;

namespace KamReports.Forms;

/// <summary>What <c>kam forms</c> wrote: one file per key account manager, and what it could not cover.</summary>
public sealed record FormsResult(IReadOnlyList<(string Manager, string Path, int Accounts)> Written, IReadOnlyList<string> Warnings,
    IReadOnlyList<ValidationProblem> Problems);

/// <summary><c>kam forms</c>: one plan form per key account manager of the key accounts, pre-filled with the plans as the data (and forms
/// already returned) hold them.</summary>
public static class FormsRunner
{
    public static FormsResult Run(string dataDir, string? configPath, string outDir, string? manager, DateOnly today,
        string? templatesDir = null)
    {
        // The forms speak the documents' language (config culture): strings/<culture>.json, keys form.*.
        var run = RunSetup.Load(dataDir, configPath, null, templatesDir, today);
        var (data, strings) = (run.Data, run.Strings);
        var portfolio = run.ComputeCurrent();
        var warnings = new List<string>(data.Warnings);
        var keyAccounts = portfolio.Accounts.Where(a => a.IsKeyAccount).Select(a => a.Account).ToArray();
        var unowned = keyAccounts.Where(a => string.IsNullOrWhiteSpace(a.KeyAccountManager)).Select(a => a.AccountId).ToArray();
        if (unowned.Length > 0) warnings.Add($"{unowned.Length} key accounts have no key account manager and are in no form: {string.Join(", ", unowned.Take(10))}{(unowned.Length > 10 ? ", ..." : "")}");
        var owners = keyAccounts.Where(a => !string.IsNullOrWhiteSpace(a.KeyAccountManager))
            .GroupBy(a => a.KeyAccountManager!.Trim(), StringComparer.Ordinal)
            .Select(g => new FormOwner(g.Key, g.OrderBy(a => a.AccountId, StringComparer.Ordinal).ToArray()))
            .OrderBy(o => o.Manager, StringComparer.Ordinal).ToList();
        if (manager is not null)
        {
            owners = owners.Where(o => PeopleNames.Key(o.Manager) == PeopleNames.Key(manager)).ToList();
            if (owners.Count == 0)
                throw new KamException($"no key account is managed by \"{manager}\"; managers: {string.Join(", ", keyAccounts.Select(a => a.KeyAccountManager).OfType<string>().Distinct().Order())}", ExitCodes.Usage);
        }
        Directory.CreateDirectory(outDir);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var written = new List<(string, string, int)>();
        foreach (var owner in owners)
        {
            var path = Path.Combine(outDir, FileName(owner.Manager, used));
            AtomicFile.WriteAllBytes(path, PlanFormWriter.Write(owner, data, today, strings));
            written.Add((owner.Manager, path, owner.Accounts.Count));
        }
        return new FormsResult(written, warnings, data.Problems);
    }

    // plan-form-anna-berg.xlsx; a name without Latin letters gets a short hash; a second "Anna Berg" gets -2.
    private static string FileName(string manager, HashSet<string> used)
    {
        var slug = Slug.Make(manager);
        if (slug.Length == 0) slug =
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(manager)))[..8];
        var name = $"plan-form-{slug}.xlsx";
        for (var n = 2; !used.Add(name); n++) name = $"plan-form-{slug}-{n}.xlsx";
        return name;
    }
}
