using KamReports.Pipeline;
using Spectre.Console;

namespace KamReports.Cli;

/// <summary>Shows a run's stages and document progress on the console.</summary>
internal sealed class ConsoleProgress(IAnsiConsole console) : IProgressSink
{
    private readonly object _lock = new();
    private int _lastPercent = -1;

    public void Stage(string name)
    {
        lock (_lock)
        {
            _lastPercent = -1;
            console.MarkupLine($"[grey]›[/] {Markup.Escape(name)}");
        }
    }

    public void Step(string stage, int done, int total)
    {
        var percent = total == 0 ? 100 : done * 100 / total;
        lock (_lock)
        {
            // Ten lines at most per stage: readable in CI logs and terminals alike.
            if (percent / 10 == _lastPercent / 10 && done != total) return;
            _lastPercent = percent;
            console.MarkupLine($"  [grey]{Markup.Escape(stage)}: {done}/{total} ({percent}%)[/]");
        }
    }

    public void Warning(string message)
    {
        lock (_lock) console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(message)}");
    }
}
