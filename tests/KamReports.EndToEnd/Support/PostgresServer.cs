using System.Diagnostics;
using KamReports.TestSupport;

namespace KamReports.EndToEnd.Support;

/// <summary>A throw-away PostgreSQL server (Debian's postgresql package) on a free local port, run as the postgres user when the tests run
/// as root.</summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _dir;
    private readonly string _bin;
    private readonly bool _asPostgres;

    private PostgresServer(string dir, string bin, int port, bool asPostgres)
    {
        _dir = dir;
        _bin = bin;
        Port = port;
        _asPostgres = asPostgres;
    }

    public int Port { get; }

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Timeout=15";

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        Assert.True(bin is not null,
            "PostgreSQL is not installed: scripts/test installs Debian's postgresql package (scripts/setup-system.sh --tests)");
        var root = Environment.UserName == "root";
        var dir = Path.Combine(Path.GetTempPath(), "kam-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        if (root) await Run("chown", "postgres:postgres", dir);
        var server = new PostgresServer(dir, bin!, Ports.Free(), root);
        await server.As(Path.Combine(bin!, "initdb"), "-D", Path.Combine(dir, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8",
            "--no-sync");
        await server.As(Path.Combine(bin!, "pg_ctl"), "-D", Path.Combine(dir, "data"), "-l", Path.Combine(dir, "log"), "-w", "-t", "60",
            "-o", $"-p {server.Port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        return server;
    }

    private Task As(params string[] args) => _asPostgres ? Run("runuser", ["-u", "postgres", "--", .. args]) : Run(args[0], args[1..]);

    private static async Task Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.True(p.ExitCode == 0, $"{file} {string.Join(' ', args)} failed: {await stderr}{await stdout}");
    }

    public async ValueTask DisposeAsync()
    {
        try { await As(Path.Combine(_bin, "pg_ctl"), "-D", Path.Combine(_dir, "data"), "-m", "immediate", "-w", "stop"); }
        finally { try { Directory.Delete(_dir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { } }
    }
}
