using KamReports.Config;
using KamReports.Data;
using KamReports.Records;
using KamReports.Sample;
using KamReports.TestSupport;

namespace KamReports.Tests.Data;

/// <summary>Issue 26: the people file (data-contract.md, people), the address book for kam send: every check costs one row, reported
/// with file, line, column, value and reason; names in the accounts' spelling; a warning names each sponsor or key account manager
/// without a row.</summary>
public class PeopleTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private const string Accounts = "account_id,name,key_account_manager,executive_sponsor\n"
        + "A1,Acme,Anna Berg,Claire Dubois\nA2,Beta,Jonas Eriksson,Helen Park\nA3,Gamma,Anna Berg,\n";
    private const string Header = "name,email,culture,role,delivery\n";
    // Line 2 of every file below: a clean row.
    private const string Good = "Claire Dubois,claire.dubois@example.com,,sponsor,\n";
    // The others of the accounts, so that no warning is about a missing address.
    private const string Rest = "Helen Park,helen.park@example.com,zh-CN,sponsor,link\nJonas Eriksson,jonas.eriksson@example.com,,,\n";

    private static TempDir Dir() => new TempDir().Minimal(accounts: Accounts);

    private static DataSet Load(TempDir dir) => DataLoader.Load(dir.Path, new KamConfig(), Today);

    private static string Line(ValidationProblem p) => $"{p.File}:{p.Line}:{p.Column} \"{p.Value}\": {p.Reason}";

    [Fact]
    public void A_clean_file_is_read_with_cultures_roles_and_delivery_in_any_spelling()
    {
        using var dir = Dir();
        dir.File("people.csv", Header + Good
            + "Helen Park,helen.park@example.com,zh-cn,Sponsor,LINK\n"
            + "Jonas Eriksson,jonas.eriksson@example.com,,,attach\n"
            + "Anna Berg,anna.berg@example.org,de-DE,kam,\n"
            + "Leadership team,leadership@example.org,en,leadership,link\n");
        var data = Load(dir);
        Assert.Empty(data.Problems);
        Assert.Equal(
            [
                new Person("Claire Dubois", "claire.dubois@example.com", null, PersonRole.Sponsor, false),
                new Person("Helen Park", "helen.park@example.com", "zh-CN", PersonRole.Sponsor, true),
                new Person("Jonas Eriksson", "jonas.eriksson@example.com", null, null, false),
                new Person("Anna Berg", "anna.berg@example.org", "de-DE", PersonRole.Kam, false),
                new Person("Leadership team", "leadership@example.org", "en", PersonRole.Leadership, true),
            ],
            data.People!);
        Assert.Equal(("people.csv", 5, 0), data.Files.Single(f => f.Role == "people") is var f ? (f.Path, f.Rows, f.Rejected) : default);
        Assert.DoesNotContain(data.Warnings, w => w.StartsWith("people", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_the_file_the_people_are_absent_and_nobody_is_warned_about()
    {
        using var dir = Dir();
        var data = Load(dir);
        Assert.Null(data.People);
        Assert.DoesNotContain(data.Warnings, w => w.StartsWith("people", StringComparison.Ordinal));
        Assert.DoesNotContain(DataContract.People, PlanForm.Files);
        Assert.False(DataContract.People.ReferencesAccount);
    }

    [Theory]
    [InlineData(",someone@example.com,,,", "people.csv:3:name \"\": required value is empty")]
    [InlineData("Anna Berg,,,,", "people.csv:3:email \"\": required value is empty")]
    [InlineData("Anna Berg,anna.berg,,,", "people.csv:3:email \"anna.berg\": not an e-mail address: no @")]
    [InlineData("Anna Berg,Anna Berg <anna.berg@example.com>,,,",
        "people.csv:3:email \"Anna Berg <anna.berg@example.com>\": not a plain e-mail address: write the address alone (anna.berg@example.com), without a name or <>")]
    [InlineData("Anna Berg,<anna.berg@example.com>,,,",
        "people.csv:3:email \"<anna.berg@example.com>\": not a plain e-mail address: write the address alone (anna.berg@example.com), without a name or <>")]
    [InlineData("Anna Berg,anna berg@example.com,,,",
        "people.csv:3:email \"anna berg@example.com\": not an e-mail address: it contains a space or control character")]
    [InlineData("Anna Berg,anna.berg@exam\u0001ple.com,,,",
        "people.csv:3:email \"anna.berg@exam\u0001ple.com\": not an e-mail address: it contains a space or control character")]
    [InlineData("Anna Berg,anna@berg@example.com,,,", "people.csv:3:email \"anna@berg@example.com\": not an e-mail address: more than one @")]
    [InlineData("Anna Berg,@example.com,,,", "people.csv:3:email \"@example.com\": not an e-mail address: nothing before the @")]
    [InlineData("Anna Berg,anna.berg@example,,,",
        "people.csv:3:email \"anna.berg@example\": not an e-mail address: the domain after the @ needs a dot between names (example.com)")]
    [InlineData("Anna Berg,anna.berg@example..com,,,",
        "people.csv:3:email \"anna.berg@example..com\": not an e-mail address: the domain after the @ needs a dot between names (example.com)")]
    [InlineData("Anna Berg,anna.berg@example.com.,,,",
        "people.csv:3:email \"anna.berg@example.com.\": not an e-mail address: the domain after the @ needs a dot between names (example.com)")]
    [InlineData("Anna Berg,\"anna.berg@example.com;jonas@example.com\",,,",
        "people.csv:3:email \"anna.berg@example.com;jonas@example.com\": one e-mail address per person, not a list")]
    [InlineData("Anna Berg,anna.berg@example.com,xx-YY,,",
        "people.csv:3:culture \"xx-YY\": unknown culture (use a name such as en, de-DE, zh-CN)")]
    [InlineData("Anna Berg,anna.berg@example.com,German,,",
        "people.csv:3:culture \"German\": unknown culture (use a name such as en, de-DE, zh-CN)")]
    [InlineData("Anna Berg,anna.berg@example.com,,manager,", "people.csv:3:role \"manager\": not one of sponsor, kam, leadership")]
    [InlineData("Anna Berg,anna.berg@example.com,,,email", "people.csv:3:delivery \"email\": not one of attach, link")]
    [InlineData("Claire Dubois,c.dubois@example.org,,,", "people.csv:3:name \"Claire Dubois\": duplicate name (first on line 2)")]
    [InlineData("claire  DUBOIS,c.dubois@example.org,,,", "people.csv:3:name \"claire  DUBOIS\": duplicate name (first on line 2)")]
    [InlineData("Clàire Dubois,c.dubois@example.org,,,", "people.csv:3:name \"Clàire Dubois\": duplicate name (first on line 2)")]
    public void Each_check_costs_its_row_with_one_line_naming_file_line_column_value_and_reason(string row, string expected)
    {
        using var dir = Dir();
        dir.File("people.csv", Header + Good + row + "\n");
        var data = Load(dir);
        Assert.Equal([expected], data.Problems.Select(Line));
        Assert.Equal(["Claire Dubois"], data.People!.Select(p => p.Name));
        Assert.Equal(1, data.Files.Single(f => f.Role == "people").Rejected);
    }

    [Fact]
    public void A_duplicate_names_the_first_line_and_the_first_row_is_kept()
    {
        using var dir = Dir();
        dir.File("people.csv", Header + Good + Rest
            + "Anna Berg,anna.berg@example.com,,kam,\n"
            + "Helen  Park,helen@example.org,,,\n"
            + "ANNA BERG,anna@example.org,de-DE,,\n");
        var data = Load(dir);
        Assert.Equal(
            [
                "people.csv:6:name \"Helen  Park\": duplicate name (first on line 3)",
                "people.csv:7:name \"ANNA BERG\": duplicate name (first on line 5)",
            ],
            data.Problems.Select(Line));
        Assert.Equal(["claire.dubois@example.com", "helen.park@example.com", "jonas.eriksson@example.com", "anna.berg@example.com"],
            data.People!.Select(p => p.Email));
    }

    [Fact]
    public void A_name_is_taken_in_the_accounts_spelling_and_a_person_the_accounts_do_not_name_is_said()
    {
        using var dir = Dir();
        dir.File("people.csv", Header + "claire dubois,claire.dubois@example.com,,,\n" + Rest
            + "ANNA  BÉRG,anna.berg@example.com,,,\n"
            + "Leadership team,leadership@example.org,,leadership,\n"
            + "Pat Quinn,pat.quinn@example.com,,sponsor,\n");
        var data = Load(dir);
        Assert.Empty(data.Problems);
        Assert.Equal(["Claire Dubois", "Helen Park", "Jonas Eriksson", "Anna Berg", "Leadership team", "Pat Quinn"],
            data.People!.Select(p => p.Name));
        Assert.Equal(
            [
                "people.csv: \"claire dubois\" taken as \"Claire Dubois\", \"ANNA  BÉRG\" taken as \"Anna Berg\" "
                    + "(the accounts' spelling; same name but for case, spacing or accents)",
                "people.csv: Pat Quinn is no executive_sponsor or key_account_manager of the accounts (and not role leadership): "
                    + "kam send has nothing for them",
            ],
            data.Warnings.Where(w => w.StartsWith("people", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_sponsor_or_manager_without_a_row_is_one_warning_naming_who_gets_nothing()
    {
        using var dir = Dir();
        // Jonas Eriksson's row is bad (no address): he has no row either.
        dir.File("people.csv", Header + Good + "Anna Berg,anna.berg@example.com,,kam,\nJonas Eriksson,jonas,,,\n");
        var data = Load(dir);
        Assert.Equal(["people.csv:4:email \"jonas\": not an e-mail address: no @"], data.Problems.Select(Line));
        Assert.Equal(
            ["people: no address for Helen Park (sponsor), Jonas Eriksson (key account manager): they will get nothing from kam send"],
            data.Warnings.Where(w => w.StartsWith("people", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_person_who_is_sponsor_and_manager_is_named_once_with_both_roles()
    {
        using var dir = new TempDir().Minimal(accounts: "account_id,name,key_account_manager,executive_sponsor\n"
            + "A1,Acme,Anna Berg,Claire Dubois\nA2,Beta,claire dubois,Anna Berg\n");
        dir.File("people.csv", Header + "Leadership team,leadership@example.org,,leadership,\n");
        var data = Load(dir);
        Assert.Equal(
            ["people: no address for Claire Dubois (sponsor, key account manager), Anna Berg (sponsor, key account manager): "
                + "they will get nothing from kam send"],
            data.Warnings.Where(w => w.StartsWith("people", StringComparison.Ordinal)));
    }

    [Fact]
    public void Sample_data_people_load_without_a_problem_with_every_sponsor_and_manager()
    {
        var data = DataLoader.Load(Repo.SampleData, ConfigLoader.Load(null, Repo.SampleData), Today);
        Assert.Empty(data.Problems);
        Assert.DoesNotContain(data.Warnings, w => w.StartsWith("people", StringComparison.Ordinal));
        var people = data.People!;
        var named = data.Accounts.SelectMany(a => new[] { a.ExecutiveSponsor, a.KeyAccountManager }).OfType<string>().Distinct();
        Assert.Empty(named.Except(people.Select(p => p.Name)));
        Assert.All(people, p => Assert.Matches(@"^[a-z.]+@example\.(com|org)$", p.Email));
        Assert.Equal("de-DE", people.Single(p => p.Name == "Martin Schulz").Culture);
        Assert.Equal("zh-CN", people.Single(p => p.Name == "Helen Park").Culture);
        Assert.Equal(["Leadership team"], people.Where(p => p.Role == PersonRole.Leadership).Select(p => p.Name));
        // Every culture one the templates have a string table for.
        Assert.All(people.Where(p => p.Culture is not null),
            p => Assert.True(File.Exists(Path.Combine(Repo.Templates, "strings", p.Culture + ".json")), p.Culture));
    }

    [Fact]
    public void Kam_sample_people_load_without_a_problem_with_every_sponsor_and_manager_and_the_same_seed_gives_the_same_file()
    {
        using var dir = new TempDir();
        var folder = Path.Combine(dir.Path, "data");
        new SampleGenerator(new SampleOptions(Accounts: 40, Seed: 42)).Write(folder);
        var data = DataLoader.Load(folder, new KamConfig(), new DateOnly(2026, 11, 24));
        Assert.Empty(data.Problems);
        Assert.DoesNotContain(data.Warnings, w => w.StartsWith("people", StringComparison.Ordinal));
        var people = data.People!;
        var named = data.Accounts.SelectMany(a => new[] { a.ExecutiveSponsor, a.KeyAccountManager }).OfType<string>().Distinct().ToArray();
        Assert.Equal(named.Order(), people.Where(p => p.Role != PersonRole.Leadership).Select(p => p.Name).Order());
        Assert.Single(people, p => p.Role == PersonRole.Leadership);
        Assert.All(people, p => Assert.EndsWith("@example.com", p.Email.Replace("@example.org", "@example.com", StringComparison.Ordinal)));
        Assert.All(people.Where(p => p.Culture is not null),
            p => Assert.True(File.Exists(Path.Combine(Repo.Templates, "strings", p.Culture + ".json")), p.Culture));
        // The same seed gives the same file (its own random sequence: the other files are as they were before people were written).
        var again = Path.Combine(dir.Path, "again");
        new SampleGenerator(new SampleOptions(Accounts: 40, Seed: 42)).Write(again);
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "people.csv")), File.ReadAllText(Path.Combine(again, "people.csv")));
    }
}
