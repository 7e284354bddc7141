namespace KamReports.TestSupport;

/// <summary>Paths inside the repository, found from the test's output folder.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");
    public static string SampleData => Path.Combine(Root, "sample-data");

    /// <summary>A shipped string table (<c>templates/strings/&lt;culture&gt;.json</c>) as written, without the English base.</summary>
    public static Dictionary<string, string> Strings(string culture)
    {
        var json = File.ReadAllText(Path.Combine(Templates, "strings", culture + ".json"));
        return System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(json)!;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KamReports.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root (KamReports.sln) not found above " + AppContext.BaseDirectory);
    }
}
