namespace KamReports.Rendering.Pdf;

/// <summary>
/// Finds a Chromium-based browser: <c>--browser</c>, then <c>KAM_BROWSER</c>, then the usual install paths. Never downloads one.
/// </summary>
public static class BrowserLocator
{
    public static readonly IReadOnlyList<string> Candidates =
    [
        "/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable",
        "/opt/google/chrome/chrome", "/usr/bin/microsoft-edge", "/usr/bin/microsoft-edge-stable", "/opt/microsoft/msedge/msedge",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", "/Applications/Chromium.app/Contents/MacOS/Chromium",
        "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
        @"C:\Program Files\Google\Chrome\Application\chrome.exe", @"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
    ];

    public static string Find(string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return File.Exists(explicitPath)
                ? explicitPath
                : throw new KamException($"browser not found at --browser {explicitPath}", ExitCodes.Usage);
        }
        var env = Environment.GetEnvironmentVariable("KAM_BROWSER");
        if (!string.IsNullOrWhiteSpace(env))
            return File.Exists(env) ? env : throw new KamException($"browser not found at KAM_BROWSER={env}", ExitCodes.Usage);
        return Candidates.FirstOrDefault(File.Exists)
            ?? throw new KamException(
                "no Chromium-based browser found for printing PDFs; install one (Debian/Ubuntu: sudo apt-get install -y chromium), "
                + "or pass --browser PATH or set KAM_BROWSER",
                ExitCodes.Failed);
    }
}
