using System.Text;
using KamReports.Output;
using KamReports.TestSupport;

namespace KamReports.Tests.Output;

/// <summary>
/// Outputs are written under a temporary name and renamed when complete: a reader sees the old file or the new one, never half.
/// </summary>
public class AtomicFileTests
{
    [Fact]
    public void A_write_leaves_the_whole_content_and_no_temporary_file()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "out", "2026-Q3", "kpis.csv");
        AtomicFile.WriteAllText(path, "account_id\nA1\n");
        Assert.Equal("account_id\nA1\n", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Until_the_content_is_complete_the_old_file_stays_in_place_and_the_new_one_grows_under_another_name()
    {
        using var dir = new TempDir();
        var path = dir.File("plan.pdf", "old");
        string? during = null;
        string[] beside = [];
        AtomicFile.Write(path, s =>
        {
            s.Write("new "u8);
            s.Flush();
            during = File.ReadAllText(path);
            beside = Directory.GetFiles(dir.Path).Where(f => f != path).ToArray();
            s.Write("content"u8);
        });
        Assert.Equal("old", during);
        var temporary = Assert.Single(beside);
        Assert.EndsWith(".tmp", temporary);
        Assert.StartsWith(".plan.pdf.", Path.GetFileName(temporary)); // hidden, beside its target: the rename stays on one file system
        Assert.Equal("new content", File.ReadAllText(path));
        Assert.False(File.Exists(temporary));
    }

    [Fact]
    public void A_write_that_fails_keeps_the_old_file_and_removes_its_temporary_file()
    {
        using var dir = new TempDir();
        var path = dir.File("kpis.csv", "old");
        var e = Assert.Throws<IOException>(() => AtomicFile.Write(path, s =>
        {
            s.Write("half a fi"u8);
            throw new IOException("disk full");
        }));
        Assert.Equal("disk full", e.Message);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void Text_is_written_as_utf8_without_a_byte_order_mark()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "segments.csv");
        AtomicFile.WriteAllText(path, "Zoë");
        Assert.Equal(Encoding.UTF8.GetBytes("Zoë"), File.ReadAllBytes(path));
    }

    [Fact]
    public void Bytes_replace_an_existing_file_whole()
    {
        using var dir = new TempDir();
        var path = dir.File("kam-review-2026-Q3.xlsx", "a much longer old content");
        AtomicFile.WriteAllBytes(path, [1, 2, 3]);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
    }
}
