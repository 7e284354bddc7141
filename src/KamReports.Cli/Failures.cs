namespace KamReports.Cli;

/// <summary>How the CLI edge reads failures: the real exception inside wrappers, and a log file for bugs.</summary>
internal static class Failures
{
    public static Exception Unwrap(Exception e)
    {
        while (true)
        {
            if (e is AggregateException { InnerExceptions.Count: 1 } a) e = a.InnerExceptions[0];
            else if (e is System.Reflection.TargetInvocationException { InnerException: { } t }) e = t;
            else return e;
        }
    }

    /// <summary>Writes the full exception to a log file in the temp folder and returns its path.</summary>
    public static string Log(Exception e)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kam-error-{DateTime.Now:yyyyMMdd-HHmmss}-{Environment.ProcessId}.log");
        try
        {
            File.WriteAllText(path, $"kam {typeof(Failures).Assembly.GetName().Version}\n{DateTime.Now:O}\n"
                + $"{string.Join(' ', Environment.GetCommandLineArgs())}\n\n{e}\n");
            return path;
        }
        catch (Exception)
        {
            return "(no log: the temp folder is not writable)";
        }
    }
}
