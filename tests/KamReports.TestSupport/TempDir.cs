using System.Text;

namespace KamReports.TestSupport;

/// <summary>A temporary folder for a test, deleted afterwards.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kam-test-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name, string content, bool bom = false)
    {
        var p = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(p)!);
        System.IO.File.WriteAllText(p, content, new UTF8Encoding(bom));
        return p;
    }

    /// <summary>The three required files with one clean account, used as a base that tests then break.</summary>
    public TempDir Minimal(string? accounts = null, string? revenue = null, string? satisfaction = null)
    {
        File("accounts.csv", accounts ?? "account_id,name,industry\nA1,Acme,Chem\nA2,Beta,Food\n");
        File("revenue.csv", revenue ?? "account_id,date,product_line,amount\nA1,2026-08-01,P1,100.50\nA2,2026-09-01,P2,200\n");
        File("satisfaction.csv", satisfaction ?? "account_id,date,nps,csat\nA1,2026-08-01,9,5\n");
        return this;
    }

    /// <summary>Copies the repository's templates into <c>templates/</c> here, for tests that edit them.</summary>
    public string CopyTemplates()
    {
        var target = System.IO.Path.Combine(Path, "templates");
        foreach (var f in Directory.EnumerateFiles(Repo.Templates, "*", SearchOption.AllDirectories))
        {
            var dest = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(Repo.Templates, f));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(dest)!);
            System.IO.File.Copy(f, dest);
        }
        return target;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, true); } catch (IOException) { }
    }
}
