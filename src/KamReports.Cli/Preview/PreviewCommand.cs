using System.CommandLine;
using KamReports.Pipeline;
using Spectre.Console;

namespace KamReports.Cli.Preview;

/// <summary><c>kam preview</c>: serves the documents on 127.0.0.1 and reloads them as files change.</summary>
internal static class PreviewCommand
{
    public static Command Build(IAnsiConsole console)
    {
        var data = Commands.DataOption();
        var templates = Commands.TemplatesOption();
        var period = Commands.PeriodOption();
        var config = Commands.ConfigOption();
        var browser = Commands.BrowserOption();
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1", DefaultValueFactory = _ => 5080 };
        var cmd = new Command("preview", "Live preview of the documents while you edit templates, strings, data or kam.json") { data,
            templates, period, config, port, browser };
        cmd.SetAction(async (pr, cancel) =>
        {
            var portNumber = pr.GetValue(port);
            if (portNumber is < 1 or > 65535) throw new KamException($"--port {portNumber} is not a port (1 to 65535)", ExitCodes.Usage);
            var session = new PreviewSession(pr.GetValue(data)!, pr.GetValue(templates), pr.GetValue(config), pr.GetValue(period));
            _ = session.TemplatesDir; // fail fast when the template folder does not exist
            await using var server = new PreviewServer(session, pr.GetValue(browser));
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
            // docker stop and systemd send SIGTERM: stop serving cleanly too.
            using var sigterm =
                System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM,
                ctx => { ctx.Cancel = true; stop.Cancel(); });
            await server.RunAsync(portNumber, url =>
            {
                console.MarkupLine($"KamReports preview: [bold]{Markup.Escape(url)}[/] (Ctrl+C to stop)");
                Console.Out.Flush();
            }, stop.Token);
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
