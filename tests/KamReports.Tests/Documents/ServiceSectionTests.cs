using KamReports.Compute;
using KamReports.Documents;
using KamReports.Records;
using KamReports.TestSupport;

namespace KamReports.Tests.Documents;

/// <summary>Issue 25: the plan's "Service and programme" names each requirement with the figure that decides it and the seven
/// tactics; the packs answer "Are we serving each class as planned?" and show the programme across key accounts.</summary>
public class ServiceSectionTests
{
    [Fact]
    public void A_plan_names_each_requirement_with_its_figure_and_every_tactic_with_its_status()
    {
        var kit = SampleKit.Load();
        var a = kit.P.Accounts.Single(x => x.Account.AccountId == "ACC-0004");
        var contact = a.Service.Single(r => r.Key == "contact_within_days");
        var plan = kit.Composer.AccountPlan(a);
        var html = kit.Renderer.AccountPlan(plan).Html;
        var section = html[html.IndexOf("id=\"service\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains($"Contact within 30 days: last contact {contact.Actual} days before quarter end", section);
        Assert.Contains("A dedicated account manager, customised service and regular visits.", section);
        Assert.Equal(7, plan.Tactics.Count);
        foreach (var t in a.Programme)
            Assert.Contains(kit.Formatter.Strings.TryGet("tactic." + KamReports.Documents.Codes.Of(t.Tactic))!, section);
        Assert.Contains($"{a.Kpis.TacticsInPlace} of {a.Kpis.TacticsApplicable} exit barriers in place.", section);
        // The missing and planned tactics are named.
        foreach (var t in a.Programme.Where(t => t.Status is TacticStatus.Missing or TacticStatus.Planned))
            Assert.Contains(kit.Formatter.Strings.TryGet("tactic." + KamReports.Documents.Codes.Of(t.Tactic))!, plan.MissingTactics);
    }

    [Fact]
    public void The_portfolio_pack_answers_whether_each_class_is_served_as_planned()
    {
        var kit = SampleKit.Load();
        var pack = kit.Composer.PortfolioPack();
        var a = pack.Service.Single(x => x.Class == "A");
        var keyA = kit.P.KeyAccounts.Where(x => x.Kpis.AbcClass == "A").ToArray();
        Assert.Equal(keyA.Length, a.Accounts);
        Assert.Equal(keyA.Count(x => x.Kpis.ServiceModelMet is >= 0.9999), a.FullyServed);
        Assert.Equal(Math.Min(20, kit.P.KeyAccounts.Count()), pack.Programme.Count);
        Assert.All(pack.Programme, l => Assert.Equal(7, l.Statuses.Count));
        var html = kit.Renderer.ReviewPack(pack).Html;
        Assert.Contains("Are we serving each class as planned?", html);
        Assert.Contains("exit barriers)", html); // the loss scenario names each lost account's barriers
    }

    [Fact]
    public void Without_a_programme_or_contacts_file_each_section_says_what_it_lacks_in_one_sentence()
    {
        using var data = new TempDir();
        foreach (var f in Directory.GetFiles(Repo.SampleData, "*.csv").Where(f => Path.GetFileName(f) is not ("programme.csv" or "contacts.csv")))
            File.Copy(f, Path.Combine(data.Path, Path.GetFileName(f)));
        var kit = SampleKit.Load(data.Path);
        var a = kit.P.KeyAccounts.First(x => x.Kpis.AbcClass == "A");
        var html = kit.Renderer.AccountPlan(kit.Composer.AccountPlan(a)).Html;
        var section = html[html.IndexOf("id=\"service\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("No programme file: only the single point of contact is known, derived from the manager and the team.", section);
        Assert.Contains("Contact within 30 days: no contacts file, so not checked", section);
        Assert.Null(a.Kpis.ProgrammeCoverage);
        var pack = kit.Renderer.ReviewPack(kit.Composer.PortfolioPack()).Html;
        Assert.Contains("No programme file: only the single point of contact is known", pack);
    }
}
