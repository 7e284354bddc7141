using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using KamReports.Compute;
using KamReports.Data;
using KamReports.Documents;
using KamReports.Formatting;
using KamReports.Sample;
using KamReports.TestSupport;

namespace KamReports.EndToEnd.Support;

/// <summary>
/// A real <c>kam preview</c> process on a generated data folder (6 accounts) and its own copy of the templates.
/// Tests wait on the server's own signals, never on a clock: it is ready when it prints its address, and every
/// reload it orders is read from its <c>/events</c> stream (the one open pages listen to).
/// </summary>
public sealed class PreviewProcess : IAsyncLifetime
{
    // A guard against a hang, not a timing: a step that takes this long has failed.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly TempDir _tmp = new();
    private readonly StringBuilder _stderr = new();
    private readonly Channel<int> _versions = Channel.CreateUnbounded<int>();
    private readonly HttpClient _events = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource _stop = new();
    private Process? _process;
    private Task? _eventReader;
    private Portfolio? _portfolio;

    public string Root => _tmp.Path;
    public string DataDir => Path.Combine(_tmp.Path, "data");
    public string TemplatesDir => Path.Combine(_tmp.Path, "templates");
    public string Url { get; private set; } = "";
    public HttpClient Http { get; } = new() { Timeout = Patience };

    /// <summary>The last version the server announced: it changes every time the server sees a watched file change.</summary>
    public int Version { get; private set; }

    public bool HasExited => _process?.HasExited ?? true;

    /// <summary>What the server shows: the data folder loaded and computed as <c>kam preview</c> does.</summary>
    public Portfolio Portfolio => _portfolio ??= Compute();

    public ValueFormatter Formatter
    {
        get
        {
            var config = ConfigLoader.Load(null, DataDir);
            var culture = config.GetCulture();
            return new ValueFormatter(culture, config.Currency, StringTable.Load(TemplatesDir, culture));
        }
    }

    public AccountResult Account(string id) => Portfolio.Accounts.Single(a => a.Account.AccountId == id);

    /// <summary>The preview's id of an account's plan (the same catalogue the server lists).</summary>
    public string PlanId(string accountId) =>
        DocumentCatalog.For(Portfolio).Single(d => d.Kind == DocumentCatalog.AccountPlan && d.AccountIds.Contains(accountId)).Id;

    public async Task InitializeAsync()
    {
        new SampleGenerator(new SampleOptions(Accounts: 6, Seed: 11)).Write(DataDir);
        _tmp.CopyTemplates();
        // A free port can be taken by another process before the server binds it: then it says so and we take another.
        for (var attempt = 1; !await StartAsync(Ports.Free()); attempt++)
            if (attempt == 3 || !Stderr.Contains("cannot listen on", StringComparison.Ordinal))
                throw new InvalidOperationException($"kam preview exited with code {_process?.ExitCode}: {Stderr}");
        Http.BaseAddress = new Uri(Url);
        var response = await _events.GetAsync(Url + "events", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync();
        _eventReader = Task.Run(() => ReadEventsAsync(stream));
        // The stream opens with the current version: from here on no change can go unseen.
        Version = await _versions.Reader.ReadAsync().AsTask().WaitAsync(Patience);
    }

    /// <summary>
    /// Waits until the server announces a version after <see cref="Version"/>: it has seen a change and tells open pages to reload.
    /// </summary>
    public async Task<int> NextVersionAsync()
    {
        using var cancel = new CancellationTokenSource(Patience);
        try
        {
            while (true)
            {
                var v = await _versions.Reader.ReadAsync(cancel.Token);
                if (v > Version) return Version = v;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException(
                $"the preview announced no change after version {Version} in {Patience.TotalMinutes} minutes; its stderr: {Stderr}");
        }
    }

    /// <summary>
    /// Replaces a file in one step, as an editor that saves atomically does: written beside the watched folders, then renamed
    /// over the target, so the server sees one complete change and never half a file.
    /// </summary>
    public void Replace(string path, string content)
    {
        var staged = Path.Combine(Root, "staged-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(staged, content);
        File.Move(staged, path, overwrite: true);
    }

    private string Stderr
    {
        get
        {
            lock (_stderr) return _stderr.ToString();
        }
    }

    // Starts the server on a port; true once it prints its address, false when it exits first.
    private async Task<bool> StartAsync(int port)
    {
        var url = $"http://127.0.0.1:{port}/";
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Root,
        };
        string[] args =
        [
            Path.Combine(AppContext.BaseDirectory, "kam.dll"), "preview",
            "--data", DataDir, "--templates", TemplatesDir, "--port", port.ToString(CultureInfo.InvariantCulture),
        ];
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _process?.Dispose();
        _process = new Process { StartInfo = psi };
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains(url, StringComparison.Ordinal) == true) listening.TrySetResult();
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null) lock (_stderr) _stderr.AppendLine(e.Data);
        };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var exited = _process.WaitForExitAsync();
        try
        {
            if (await Task.WhenAny(listening.Task, exited).WaitAsync(Patience) != listening.Task) return false;
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"kam preview did not print {url} in {Patience.TotalMinutes} minutes; its stderr: {Stderr}");
        }
        Url = url;
        return true;
    }

    private async Task ReadEventsAsync(Stream stream)
    {
        try
        {
            using var reader = new StreamReader(stream);
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                // Server-sent events: "data: 7" announces version 7.
                if (line.StartsWith("data: ", StringComparison.Ordinal)
                    && int.TryParse(line.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var v))
                    _versions.Writer.TryWrite(v);
            }
            _versions.Writer.TryComplete(new IOException("the preview closed its /events stream"));
        }
        catch (Exception e)
        {
            _versions.Writer.TryComplete(e);
        }
    }

    private Portfolio Compute()
    {
        var config = ConfigLoader.Load(null, DataDir);
        var data = DataLoader.Load(DataDir, config);
        return PortfolioCalculator.Compute(data, config, PortfolioCalculator.DefaultPeriod(data, config));
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        _events.Dispose();
        if (_eventReader is not null) await _eventReader;
        if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        if (_process is not null) await _process.WaitForExitAsync();
        _process?.Dispose();
        Http.Dispose();
        _stop.Dispose();
        _tmp.Dispose();
    }
}
