namespace KamReports.Pipeline;

/// <summary>Receives progress of a run; the CLI shows it, tests ignore it.</summary>
public interface IProgressSink
{
    void Stage(string name);
    void Step(string stage, int done, int total);
    void Warning(string message);
}
