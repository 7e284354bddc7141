namespace KamReports;

/// <summary>Process exit codes of <c>kam</c>.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int RejectedRows = 3;
}
