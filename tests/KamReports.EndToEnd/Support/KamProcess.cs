using System.Diagnostics;

namespace KamReports.EndToEnd.Support;

/// <summary>Runs the real <c>kam</c> command (kam.dll next to the tests) and captures its exit code and output.</summary>
internal static class KamProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>Starts kam with its output redirected (the caller reads it and waits).</summary>
    public static Process Start(string workingDir, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDir, RedirectStandardOutput = true,
            RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kam.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        psi.Environment["COLUMNS"] = "160";
        return Process.Start(psi)!;
    }

    public static Result Run(string workingDir, params string[] args)
    {
        using var p = Start(workingDir, args);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(300_000)) { p.Kill(true); throw new TimeoutException("kam did not finish: " + string.Join(' ', args)); }
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }
}
