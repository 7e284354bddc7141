using System.CommandLine;
using KamReports;
using KamReports.Cli;
using Spectre.Console;

// kam: the KamReports command line. Commands live in Commands; this file only wires them and maps errors to exit codes.
var console = AnsiConsole.Console;
// Written to a file or a pipe (a scheduler's log, a script), a line is never wrapped at the 80 columns Spectre assumes there; a
// terminal, or COLUMNS, keeps its own width.
if (Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("COLUMNS"))) console.Profile.Width = 400;
try
{
    var root = Commands.Build(console);
    var parsed = root.Parse(args);
    if (parsed.Errors.Count > 0)
    {
        foreach (var e in parsed.Errors) console.MarkupLine($"[red]kam: error:[/] {Markup.Escape(e.Message)}");
        console.MarkupLine("[grey]Run 'kam --help' for usage.[/]");
        return ExitCodes.Usage;
    }
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (Failures.Unwrap(e) is KamException k)
{
    Console.Error.WriteLine($"kam: error: {k.Message}");
    return k.ExitCode;
}
catch (Exception e) when (Failures.Unwrap(e) is IOException or UnauthorizedAccessException)
{
    // A file-system problem the user can fix: read-only or full disk, a missing permission.
    Console.Error.WriteLine($"kam: error: {Failures.Unwrap(e).Message}");
    return ExitCodes.Failed;
}
catch (Exception e)
{
    // A bug: one line for the user, the details in a log file for the report.
    Console.Error.WriteLine($"kam: internal error: {Failures.Unwrap(e).Message.Split('\n')[0]} "
        + $"(please report it with the log {Failures.Log(e)})");
    return ExitCodes.Internal;
}
