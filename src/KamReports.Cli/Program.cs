using System.CommandLine;
using KamReports;
using KamReports.Cli;
using Spectre.Console;

// kam: the KamReports command line. Commands live in Commands; this file only wires them and maps errors to exit codes.
var console = AnsiConsole.Console;
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
catch (KamException e)
{
    Console.Error.WriteLine($"kam: error: {e.Message}");
    return e.ExitCode;
}
