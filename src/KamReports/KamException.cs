namespace KamReports;

/// <summary>
/// A problem the user can fix (bad file, bad config, template error). The CLI prints
/// <see cref="Exception.Message"/> as one line and exits with <see cref="ExitCode"/>.
/// </summary>
public sealed class KamException : Exception
{
    public KamException(string message, int exitCode = ExitCodes.Failed, string? file = null, int? line = null, int? column = null)
        : base(Format(message, file, line, column))
    {
        ExitCode = exitCode;
        File = file;
        Line = line;
        Column = column;
    }

    public int ExitCode { get; }
    public string? File { get; }
    public int? Line { get; }
    public int? Column { get; }

    private static string Format(string message, string? file, int? line, int? column)
    {
        if (file is null) return message;
        var where = file;
        if (line is { } l) where += $":{l}";
        if (column is { } c) where += $":{c}";
        return $"{where}: {message}";
    }
}
