using KamReports.Config;
using KamReports.Data;
using KamReports.Sample;
using KamReports.TestSupport;

namespace KamReports.Tests.Sample;

/// <summary><c>kam sample</c>'s generator: reproducible for a seed, every contract file, data that loads without a problem.</summary>
public class SampleGeneratorTests
{
    private static Dictionary<string, string> Generate(TempDir dir, string name, SampleOptions options)
    {
        var folder = Path.Combine(dir.Path, name);
        new SampleGenerator(options).Write(folder);
        return Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
    }

    [Fact]
    public void The_same_seed_gives_the_same_files_and_another_seed_other_ones()
    {
        using var dir = new TempDir();
        var a = Generate(dir, "a", new SampleOptions(Accounts: 12, Seed: 5));
        var b = Generate(dir, "b", new SampleOptions(Accounts: 12, Seed: 5));
        var c = Generate(dir, "c", new SampleOptions(Accounts: 12, Seed: 6));
        Assert.Equal(a, b);
        Assert.NotEqual(a["revenue.csv"], c["revenue.csv"]);
    }

    [Fact]
    public void Every_file_of_the_contract_is_written_with_only_contract_columns_and_all_required_ones()
    {
        using var dir = new TempDir();
        var files = Generate(dir, "data", new SampleOptions(Accounts: 8, Seed: 3));
        var csvs = files.Keys.Where(f => f.EndsWith(".csv", StringComparison.Ordinal));
        Assert.Equal(DataContract.All.Select(s => s.Role + ".csv").Order(), csvs.Order());
        foreach (var spec in DataContract.All)
        {
            var header = files[spec.Role + ".csv"].Split('\n')[0].Split(',');
            Assert.Empty(header.Except(spec.Columns.Select(c => c.Name)));
            Assert.Empty(spec.Columns.Where(c => c.Required).Select(c => c.Name).Except(header));
        }
    }

    [Fact]
    public void The_generated_portfolio_loads_without_a_problem_with_the_accounts_asked_for()
    {
        using var dir = new TempDir();
        var folder = Path.Combine(dir.Path, "data");
        var revenueLines = new SampleGenerator(new SampleOptions(Accounts: 10, Seed: 9)).Write(folder);
        var data = DataLoader.Load(folder, new KamConfig(), new DateOnly(2026, 11, 24));
        Assert.Empty(data.Problems);
        Assert.Equal(10, data.Accounts.Count);
        Assert.Equal(revenueLines, data.Revenue.Count);
        Assert.Equal(["ACC-0001", "ACC-0002"], data.Accounts.Take(2).Select(a => a.AccountId));
        Assert.Contains(data.Accounts, a => a.IsKeyAccount == true);
    }
}
