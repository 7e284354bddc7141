namespace KamReports.Pipeline;

/// <summary>Finds the default template folder: <c>templates/</c> in the current folder or a parent, else the copy next to the
/// tool.</summary>
public static class TemplateLocator
{
    public static string Find(string? explicitDir)
    {
        if (explicitDir is not null)
            return Directory.Exists(explicitDir) ? explicitDir : throw new KamException($"template folder not found: {explicitDir}",
                ExitCodes.Usage);
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates");
            if (File.Exists(Path.Combine(candidate, "styles.css"))) return candidate;
        }
        var besideTool = Path.Combine(AppContext.BaseDirectory, "templates");
        if (File.Exists(Path.Combine(besideTool, "styles.css"))) return besideTool;
        throw new KamException("default templates not found; pass --templates DIR (kam init-templates DIR copies them out)",
            ExitCodes.Usage);
    }
}
