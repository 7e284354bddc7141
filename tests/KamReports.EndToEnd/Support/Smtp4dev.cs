using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using KamReports.TestSupport;
using MimeKit;

namespace KamReports.EndToEnd.Support;

/// <summary>
/// A real SMTP server for the delivery tests: smtp4dev (installed into .tools/ by scripts/setup-system.sh --tests) on free local
/// ports, its messages read back through its web API. Ready when the API answers; stopped (and started again) on demand.
/// </summary>
public sealed class Smtp4dev : IDisposable
{
    private readonly int _web = FreePort(), _imap = FreePort(), _pop3 = FreePort();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kam-smtp4dev-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private Process? _process;

    public int SmtpPort { get; } = FreePort();

    /// <summary>Refuse mail from clients that have not logged in (every message refused, each by the server's own answer).</summary>
    public bool RequireLogin { get; init; }

    public static string Tool => Path.Combine(Repo.Root, ".tools", "smtp4dev", "smtp4dev");

    public async Task StartAsync()
    {
        if (!File.Exists(Tool)) throw new InvalidOperationException($"{Tool} is missing: run scripts/setup-system.sh --tests");
        var psi = new ProcessStartInfo(Tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { $"--urls=http://127.0.0.1:{_web}", $"--smtpport={SmtpPort}", $"--imapport={_imap}", $"--pop3port={_pop3}",
            "--db=", "--nousersettings", "--tlsmode=None", "--bindaddress=127.0.0.1", $"--baseappdatapath={_data}" })
            psi.ArgumentList.Add(a);
        if (RequireLogin) psi.ArgumentList.Add("--authenticationrequired");
        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        // Ready when the API answers; the SMTP listener starts with it.
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                using var r = await _http.GetAsync($"http://127.0.0.1:{_web}/api/messages");
                if (r.IsSuccessStatusCode && await SmtpAnswers()) return;
            }
            catch (HttpRequestException) { }
            if (_process.HasExited) throw new InvalidOperationException("smtp4dev exited before it was ready");
            if (DateTime.UtcNow > deadline) throw new TimeoutException("smtp4dev did not start within 90 s");
            await Task.Delay(200);
        }
    }

    public void Stop()
    {
        if (_process is { HasExited: false } p)
        {
            p.Kill(true);
            p.WaitForExit();
        }
    }

    /// <summary>Every message received, as MIME.</summary>
    public async Task<List<MimeMessage>> MessagesAsync()
    {
        using var doc = JsonDocument.Parse(await _http.GetStringAsync($"http://127.0.0.1:{_web}/api/messages"));
        var list = new List<MimeMessage>();
        foreach (var m in doc.RootElement.GetProperty("results").EnumerateArray())
        {
            var raw = await _http.GetByteArrayAsync($"http://127.0.0.1:{_web}/api/messages/{m.GetProperty("id").GetString()}/raw");
            list.Add(MimeMessage.Load(new MemoryStream(raw)));
        }
        return list;
    }

    private async Task<bool> SmtpAnswers()
    {
        try
        {
            using var c = new TcpClient();
            await c.ConnectAsync(IPAddress.Loopback, SmtpPort);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    public void Dispose()
    {
        Stop();
        _http.Dispose();
        try { Directory.Delete(_data, true); } catch (IOException) { }
    }
}
