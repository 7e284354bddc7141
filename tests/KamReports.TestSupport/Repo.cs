namespace KamReports.TestSupport;

/// <summary>Paths inside the repository, found from the test's output folder.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");
    public static string SampleData => Path.Combine(Root, "sample-data");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KamReports.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root (KamReports.sln) not found above " + AppContext.BaseDirectory);
    }
}
