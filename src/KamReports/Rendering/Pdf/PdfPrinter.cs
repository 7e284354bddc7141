using System.Threading.Channels;
using Microsoft.Playwright;
using KamReports.Rendering;

namespace KamReports.Rendering.Pdf;

/// <summary>
/// Prints HTML to PDF in one headless Chromium with a pool of reusable pages. JavaScript is off and
/// every network request is blocked: documents carry their CSS, fonts are system fonts, charts are inline SVG.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    /// <summary>How every KamReports print browser is launched (the batch, the preview and the benchmark floor).</summary>
    public static BrowserTypeLaunchOptions LaunchOptions(string executablePath) =>
        new() { ExecutablePath = executablePath, Headless = true, Args = BrowserArgs, Timeout = 60_000 };

    private static readonly string[] BrowserArgs =
    [
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions", "--disable-quic",
        "--font-render-hinting=none", "--disable-default-apps",
    ];

    private readonly IPlaywright _playwright;
    private readonly string _executablePath;
    private readonly SemaphoreSlim _restartGate = new(1, 1);
    private Session _session;
    // Set when the browser could not be started again: every later document is named as not printed, at once.
    private volatile string? _broken;

    // One browser with its context and page pool; replaced whole when the browser dies or freezes.
    private sealed record Session(int Generation, string Tag, IBrowser Browser, IBrowserContext Context, Channel<IPage> Pages);

    private PdfPrinter(IPlaywright playwright, string executablePath, Session session, int size)
    {
        _playwright = playwright;
        _executablePath = executablePath;
        _session = session;
        PoolSize = size;
    }

    public int PoolSize { get; }

    /// <summary>How long one document may take to print before the browser is taken as frozen and restarted.</summary>
    public TimeSpan PrintTimeout { get; init; } = TimeSpan.FromSeconds(180);

    /// <summary>How many times the browser was restarted after dying or freezing.</summary>
    public int Restarts => _session.Generation;

    /// <summary>The command-line tag of the current browser process (<c>--kam-run=...</c>), so it can be found and stopped.</summary>
    public string BrowserTag => _session.Tag;

    /// <summary>Starts the browser found by <see cref="BrowserLocator"/> and opens <paramref name="poolSize"/> pages.</summary>
    public static async Task<PdfPrinter> StartAsync(string executablePath, int poolSize)
    {
        IPlaywright? pw = null;
        try
        {
            try
            {
                pw = await Playwright.CreateAsync();
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                // Playwright's driver (a node program shipped beside kam) cannot be run: most often a build copied by another user
                // whose files lost their execute bit.
                throw new KamException($"cannot start Playwright's driver beside kam ({FirstLine(e.Message)}): make kam's folder readable "
                    + "and its .playwright/node files executable for this user (chmod -R a+rX)", ExitCodes.Failed);
            }
            // A browser that closes while it starts (a busy machine, a crashed zygote) is started again, twice at most.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var session = await Launch(pw, executablePath, poolSize, 0);
                    return new PdfPrinter(pw, executablePath, session, poolSize);
                }
                catch (PlaywrightException) when (attempt < 3)
                {
                    await Task.Delay(500 * attempt);
                }
            }
        }
        catch (PlaywrightException e)
        {
            pw?.Dispose();
            throw new KamException($"cannot start the browser {executablePath}: {FirstLine(e.Message)}", ExitCodes.Failed);
        }
    }

    private static async Task<Session> Launch(IPlaywright pw, string executablePath, int poolSize, int generation)
    {
        var tag = $"{Environment.ProcessId}-{Guid.NewGuid():N}";
        var options = LaunchOptions(executablePath);
        options.Args = [.. options.Args!, "--kam-run=" + tag];
        IBrowser browser;
        try
        {
            browser = await pw.Chromium.LaunchAsync(options);
        }
        catch (PlaywrightException)
        {
            Kill(tag);
            throw;
        }
        try
        {
            var context = await browser.NewContextAsync(
                new BrowserNewContextOptions { JavaScriptEnabled = false, Offline = true, BypassCSP = false });
            await context.RouteAsync("**/*", route => route.Request.Url.StartsWith("data:", StringComparison.Ordinal)
                ? route.ContinueAsync()
                : route.AbortAsync("blockedbyclient"));
            var channel = Channel.CreateUnbounded<IPage>();
            for (var i = 0; i < poolSize; i++)
            {
                var page = await context.NewPageAsync();
                await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
                channel.Writer.TryWrite(page);
            }
            return new Session(generation, tag, browser, context, channel);
        }
        catch (PlaywrightException)
        {
            // Half started: the browser process must not outlive the attempt.
            try { await browser.CloseAsync(); } catch (PlaywrightException) { }
            Kill(tag);
            throw;
        }
    }

    /// <summary>
    /// Prints one document; returns the PDF bytes (the caller writes them atomically). When the browser dies
    /// or freezes, it is restarted and the document printed once more; a second failure throws
    /// <see cref="KamException"/> naming the document, and the printer stays usable for the others.
    /// </summary>
    public async Task<byte[]> PrintAsync(RenderedDocument job)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (_broken is { } reason)
                throw new KamException($"\"{job.Title}\" could not be printed: {reason}", ExitCodes.Failed);
            var session = _session;
            try
            {
                return await PrintOnceAsync(session, job).WaitAsync(PrintTimeout);
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException or ChannelClosedException or ObjectDisposedException)
            {
                await RestartAsync(session);
                if (attempt >= 2)
                {
                    throw new KamException(
                        $"\"{job.Title}\" could not be printed: the browser failed twice ({FirstLine(e.Message)})", ExitCodes.Failed);
                }
            }
        }
    }

    private static async Task<byte[]> PrintOnceAsync(Session session, RenderedDocument job)
    {
        var page = await session.Pages.Reader.ReadAsync();
        try
        {
            await page.SetContentAsync(job.Html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load, Timeout = 120_000 });
            var pdf = await page.PdfAsync(new PagePdfOptions
            {
                Format = "A4",
                PrintBackground = true,
                PreferCSSPageSize = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = job.HeaderHtml,
                FooterTemplate = job.FooterHtml,
                Tagged = true,
                Outline = true,
                Margin = new Margin { Top = "18mm", Bottom = "16mm", Left = "14mm", Right = "14mm" },
            });
            return PdfMetadata.Apply(pdf, job.Title, job.Author, job.Subject, "KamReports");
        }
        finally
        {
            session.Pages.Writer.TryWrite(page);
        }
    }

    // Replaces a failed session once, however many prints saw it fail.
    private async Task RestartAsync(Session failed)
    {
        await _restartGate.WaitAsync();
        try
        {
            if (_broken is { } reason) throw new KamException(reason, ExitCodes.Failed);
            if (!ReferenceEquals(_session, failed)) return;
            failed.Pages.Writer.TryComplete();
            Kill(failed.Tag);
            try { await failed.Browser.CloseAsync().WaitAsync(TimeSpan.FromSeconds(5)); }
            catch (Exception) { /* already gone */ }
            try
            {
                _session = await Launch(_playwright, _executablePath, PoolSize, failed.Generation + 1);
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException or IOException or InvalidOperationException
                or System.ComponentModel.Win32Exception)
            {
                _broken = $"the browser died and could not be started again ({FirstLine(e.Message)})";
                throw new KamException(_broken, ExitCodes.Failed);
            }
        }
        finally
        {
            _restartGate.Release();
        }
    }

    /// <summary>Stops (SIGKILL) the browser processes started with this tag, wherever they hang.</summary>
    public static void Kill(string tag)
    {
        if (!Directory.Exists("/proc")) return;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var cmd = File.ReadAllText(Path.Combine(dir, "cmdline"));
                if (!cmd.Contains("--kam-run=" + tag, StringComparison.Ordinal)) continue;
                using var p = System.Diagnostics.Process.GetProcessById(pid);
                p.Kill();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException
                or System.ComponentModel.Win32Exception)
            {
                // The process ended meanwhile, or is not ours to read.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        var session = _session;
        try
        {
            await session.Context.CloseAsync().WaitAsync(TimeSpan.FromSeconds(10));
            await session.Browser.CloseAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            // The browser already went away or hangs: make sure no process is left behind.
            Kill(session.Tag);
        }
        _playwright.Dispose();
    }

    private static string FirstLine(string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? s;
}
