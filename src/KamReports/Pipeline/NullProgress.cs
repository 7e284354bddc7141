namespace KamReports.Pipeline;

/// <summary>A progress sink that discards everything.</summary>
public sealed class NullProgress : IProgressSink
{
    public static readonly NullProgress Instance = new();
    public void Stage(string name) { }
    public void Step(string stage, int done, int total) { }
    public void Warning(string message) { }
}
