using KamReports.Data;
using KamReports.Forms;
using KamReports.Records;
using KamReports.TestSupport;

namespace KamReports.Tests.Forms;

/// <summary>sample-data copied to a fresh folder, its plan forms written and returned into <c>forms/</c>, and loaded, on a fixed
/// date.</summary>
internal static class FormKit
{
    public static readonly DateOnly Today = new(2026, 11, 24);

    // sample-data's CSV files in a fresh folder (the language sample configs left out).
    public static TempDir SampleCopy()
    {
        var dir = new TempDir();
        foreach (var f in Directory.EnumerateFiles(Repo.SampleData, "*.csv")) File.Copy(f, Path.Combine(dir.Path, Path.GetFileName(f)));
        return dir;
    }

    public static string FormsInto(TempDir data)
    {
        var written = FormsRunner.Run(data.Path, null, Path.Combine(data.Path, "..", Path.GetFileName(data.Path) + "-forms"), null, Today)
            .Written;
        var forms = Directory.CreateDirectory(Path.Combine(data.Path, PlanForm.Folder)).FullName;
        foreach (var (_, path, _) in written) File.Move(path, Path.Combine(forms, Path.GetFileName(path)));
        return forms;
    }

    public static DataSet Load(string dir) => DataLoader.Load(dir, ConfigLoader.Load(null, dir), Today);
}
