using KamReports.Compute;
using KamReports.Config;
using KamReports.Data;
using KamReports.Records;
using KamReports.Sample;
using KamReports.TestSupport;

namespace KamReports.Tests.Compute;

/// <summary>
/// kpis.md, the health invariant as a property: removing an optional file, or a key account's targets, survey responses or
/// actions, never raises a health score nor improves a light (complaints excepted: their absence means none).
/// </summary>
public class HealthInvariantTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    // No data ranks lowest: a red account that loses data must not turn green or amber.
    private static int Rank(HealthLight light) => light switch { HealthLight.Green => 3, HealthLight.Amber => 2, HealthLight.Red => 1, _ => 0 };

    private static IEnumerable<(string What, DataSet Data)> Removals(DataSet d, int keyAccounts)
    {
        yield return ("targets file", d with { Targets = null });
        yield return ("offers file", d with { Offers = null });
        yield return ("wallet file", d with { Wallet = null });
        yield return ("contacts file", d with { Contacts = null });
        yield return ("team file", d with { Team = null });
        yield return ("actions file", d with { Actions = null });
        yield return ("competitors file", d with { Competitors = null });
        yield return ("objectives file", d with { Objectives = null });
        yield return ("plan notes file", d with { PlanNotes = null });
        yield return ("value propositions file", d with { ValuePropositions = null });
        yield return ("partners file", d with { Partners = null });
        var keys = d.Accounts.Where(a => a.IsKeyAccount == true).Select(a => a.AccountId).Take(keyAccounts).ToArray();
        foreach (var id in keys)
        {
            yield return ($"{id}'s targets", d with { Targets = d.Targets?.Where(t => t.AccountId != id).ToArray() });
            yield return ($"{id}'s survey responses", d with { Satisfaction = d.Satisfaction.Where(s => s.AccountId != id).ToArray() });
            yield return ($"{id}'s actions", d with { Actions = d.Actions?.Where(a => a.AccountId != id).ToArray() });
        }
    }

    private static void Holds(DataSet data, int keyAccounts)
    {
        var config = new KamConfig();
        var q = PortfolioCalculator.DefaultPeriod(data, config, Today);
        var before = PortfolioCalculator.Compute(data, config, q).Accounts.ToDictionary(a => a.Account.AccountId);
        var checkedScores = 0;
        foreach (var (what, less) in Removals(data, keyAccounts))
        {
            foreach (var after in PortfolioCalculator.Compute(less, config, q).Accounts)
            {
                var was = before[after.Account.AccountId].Kpis;
                var now = after.Kpis;
                if (now.HealthScore is { } score)
                {
                    Assert.True(was.HealthScore is { } old && score <= old + 1e-9,
                        $"without {what}, {after.Account.AccountId}'s health rose from {was.HealthScore} to {score}");
                    checkedScores++;
                }
                Assert.True(Rank(now.HealthLight) <= Rank(was.HealthLight),
                    $"without {what}, {after.Account.AccountId}'s light went from {was.HealthLight} to {now.HealthLight}");
            }
        }
        Assert.True(checkedScores > 100, "too few scores compared to tell anything");
    }

    [Fact]
    public void Removing_data_never_raises_a_health_score_nor_improves_a_light_on_sample_data()
    {
        var data = DataLoader.Load(Repo.SampleData, ConfigLoader.Load(null, Repo.SampleData), Today);
        Holds(data, keyAccounts: 10);
    }

    [Fact]
    public void Removing_data_never_raises_a_health_score_nor_improves_a_light_at_300_accounts()
    {
        using var dir = new TempDir();
        new SampleGenerator(new SampleOptions(Accounts: 300, Seed: 42)).Write(dir.Path);
        var data = DataLoader.Load(dir.Path, new KamConfig(), Today);
        Holds(data, keyAccounts: 12);
    }

    [Fact]
    public void An_account_without_its_optional_rows_scores_lower_than_with_them()
    {
        // The review's Fjord SE case: without target, plan, actions or contacts its score must not rise (it went 81 -> 93).
        var data = DataLoader.Load(Repo.SampleData, ConfigLoader.Load(null, Repo.SampleData), Today);
        var config = new KamConfig();
        var q = PortfolioCalculator.DefaultPeriod(data, config, Today);
        var id = data.Accounts.Single(a => a.Name == "Fjord SE").AccountId;
        var with = PortfolioCalculator.Compute(data, config, q).Accounts.Single(a => a.Account.AccountId == id).Kpis;
        var bare = data with
        {
            Targets = data.Targets?.Where(t => t.AccountId != id).ToArray(),
            Actions = data.Actions?.Where(a => a.AccountId != id).ToArray(),
            Contacts = data.Contacts?.Where(c => c.AccountId != id).ToArray(),
            Objectives = data.Objectives?.Where(o => o.AccountId != id).ToArray(),
            PlanNotes = data.PlanNotes?.Where(n => n.AccountId != id).ToArray(),
        };
        var without = PortfolioCalculator.Compute(bare, config, q).Accounts.Single(a => a.Account.AccountId == id).Kpis;
        Assert.True(without.HealthScore is null || without.HealthScore < with.HealthScore, $"{with.HealthScore} -> {without.HealthScore}");
        Assert.True(without.HealthCoverage < with.HealthCoverage);
    }
}
