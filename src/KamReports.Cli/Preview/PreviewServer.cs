using KamReports.Pipeline;
using KamReports.Rendering.Pdf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KamReports.Cli.Preview;

/// <summary>
/// <c>kam preview</c>'s web server on 127.0.0.1: read-only GET routes over the documents the batch
/// would make, server-sent events to reload open pages, and PDFs through the batch's own printer.
/// URLs name documents by id only; no URL maps to a file path.
/// </summary>
internal sealed class PreviewServer(PreviewSession session, string? browserPath) : IAsyncDisposable
{
    private readonly SemaphoreSlim _printerLock = new(1, 1);
    private PdfPrinter? _printer;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<FileSystemWatcher> _watchers = [];
    private Timer? _debounce;

    public async Task RunAsync(int port, Action<string> ready, CancellationToken cancel)
    {
        Watch();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        // DNS rebinding: a page of another site that resolves its own name to 127.0.0.1 would send its Host; only ours is served.
        var allowed = new HashSet<string>([$"localhost:{port}", $"127.0.0.1:{port}", $"[::1]:{port}"], StringComparer.OrdinalIgnoreCase);
        app.Use(async (ctx, next) =>
        {
            if (!allowed.Contains(ctx.Request.Host.Value ?? ""))
            {
                ctx.Response.StatusCode = 421;
                await ctx.Response.WriteAsync("kam preview answers only to localhost");
                return;
            }
            await next(ctx);
        });
        app.MapGet("/", (HttpContext ctx) => Html(ctx, () => PreviewPages.Index(session.Documents(), session.Version)));
        app.MapGet("/doc/{id}", (HttpContext ctx, string id) => Html(ctx, () =>
        {
            var doc = session.Documents().FirstOrDefault(d => d.Id == id);
            if (doc is null) return null;
            return PreviewPages.Document(session.Render(id).Html, doc, session.Version);
        }));
        app.MapGet("/pdf/{id}", Pdf);
        app.MapGet("/events", Events);
        app.MapGet("/version", () => session.Version.ToString());
        try
        {
            await app.StartAsync(cancel);
        }
        catch (IOException e)
        {
            throw new KamException($"cannot listen on 127.0.0.1:{port}: {e.Message.Split('\n')[0]} (is another preview running? use --port)", ExitCodes.Usage);
        }
        ready($"http://127.0.0.1:{port}/");
        try
        {
            await Task.Delay(Timeout.Infinite, cancel);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop serving.
        }
        await app.StopAsync(CancellationToken.None);
    }

    private async Task Html(HttpContext ctx, Func<string?> page)
    {
        string? html;
        var status = 200;
        try
        {
            html = page();
            if (html is null) { ctx.Response.StatusCode = 404; await ctx.Response.WriteAsync("no such document"); return; }
        }
        catch (Exception e)
        {
            // A template or data error never stops the server: the page shows it and reloads when fixed.
            html = PreviewPages.Error(AsKam(e), session.Version);
            status = 500;
        }
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "text/html; charset=utf-8";
        ctx.Response.Headers.CacheControl = "no-store";
        await ctx.Response.WriteAsync(html);
    }

    private async Task Pdf(HttpContext ctx, string id)
    {
        try
        {
            if (!session.Exists(id)) { ctx.Response.StatusCode = 404; return; }
            var doc = session.Render(id);
            await _printerLock.WaitAsync();
            try
            {
                _printer ??= await PdfPrinter.StartAsync(BrowserLocator.Find(browserPath), Math.Max(1, Environment.ProcessorCount));
            }
            finally
            {
                _printerLock.Release();
            }
            var pdf = await _printer.PrintAsync(doc);
            ctx.Response.ContentType = "application/pdf";
            ctx.Response.Headers.CacheControl = "no-store";
            await ctx.Response.Body.WriteAsync(pdf);
        }
        catch (Exception e)
        {
            ctx.Response.StatusCode = 500;
            ctx.Response.ContentType = "text/html; charset=utf-8";
            await ctx.Response.WriteAsync(PreviewPages.Error(AsKam(e), session.Version));
        }
    }

    // Every failure reaches the error panel: a user-fixable one as it is, anything else as one line to report.
    private static KamException AsKam(Exception e) => Failures.Unwrap(e) as KamException
        ?? new KamException($"internal error: {Failures.Unwrap(e).Message.Split('\n')[0]} (please report it with the log {Failures.Log(e)})");

    private async Task Events(HttpContext ctx)
    {
        ctx.Response.ContentType = "text/event-stream";
        ctx.Response.Headers.CacheControl = "no-store";
        var cancel = ctx.RequestAborted;
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                await ctx.Response.WriteAsync($"data: {session.Version}\n\n", cancel);
                await ctx.Response.Body.FlushAsync(cancel);
                var changed = Volatile.Read(ref _changed).Task;
                await Task.WhenAny(changed, Task.Delay(15_000, cancel));
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
    }

    private void Watch()
    {
        void Add(string dir, bool recursive)
        {
            if (!Directory.Exists(dir)) return;
            var w = new FileSystemWatcher(dir) { IncludeSubdirectories = recursive,
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.DirectoryName };
            w.Changed += (_, _) => Changed();
            w.Created += (_, _) => Changed();
            w.Deleted += (_, _) => Changed();
            w.Renamed += (_, _) => Changed();
            w.EnableRaisingEvents = true;
            _watchers.Add(w);
        }
        Add(session.DataDir, false);
        // Plan forms saved into DATA/forms/ reload the preview too; the folder may appear while the preview runs.
        var forms = Path.Combine(session.DataDir, KamReports.Data.PlanForm.Folder);
        Add(forms, false);
        if (!Directory.Exists(forms) && Directory.Exists(session.DataDir))
        {
            var parent = new FileSystemWatcher(session.DataDir) { NotifyFilter = NotifyFilters.DirectoryName,
                Filter = KamReports.Data.PlanForm.Folder };
            parent.Created += (_, _) => { lock (_watchers) Add(forms, false); Changed(); };
            parent.EnableRaisingEvents = true;
            _watchers.Add(parent);
        }
        Add(session.TemplatesDir, true);
        if (session.ConfigPath is { } cfg) Add(Path.GetDirectoryName(Path.GetFullPath(cfg))!, false);
    }

    // Editors write a file in several steps: wait until they settle, then reload once.
    private void Changed()
    {
        var timer = new Timer(_ =>
        {
            session.Invalidate();
            var old = Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            old.TrySetResult();
        }, null, 150, Timeout.Infinite);
        Interlocked.Exchange(ref _debounce, timer)?.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var w in _watchers) w.Dispose();
        _debounce?.Dispose();
        if (_printer is not null) await _printer.DisposeAsync();
    }
}
