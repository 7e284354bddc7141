using KamReports.TestSupport;

namespace KamReports.Tests.Support;

/// <summary>Golden-file comparison: KAM_UPDATE_GOLDEN=1 rewrites the expected file; a mismatch shows the first differing lines.</summary>
internal static class Golden
{
    private static string Folder => Path.Combine(Repo.Root, "tests", "KamReports.Tests", "Golden");

    public static void AssertMatches(string name, string actual)
    {
        var path = Path.Combine(Folder, name);
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("KAM_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"golden file {path} is missing; run the tests once with KAM_UPDATE_GOLDEN=1 and review it");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected == actual) return;
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i]) i++;
        var diff =
            $"golden file {name} differs at line {i + 1}:\n- expected: {(i < e.Length ? e[i] : "<end>")}\n+ actual:   {(i < a.Length ? a[i] : "<end>")}\n(set KAM_UPDATE_GOLDEN=1 to accept the new output)";
        Assert.Fail(diff);
    }
}
