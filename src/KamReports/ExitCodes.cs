namespace KamReports;

/// <summary>Process exit codes of <c>kam</c>.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int RejectedRows = 3;
    /// <summary>A bug in kam: one line on stderr with the path of a log file to report.</summary>
    public const int Internal = 4;
}
