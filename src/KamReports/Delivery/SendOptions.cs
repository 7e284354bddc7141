namespace KamReports.Delivery;

/// <summary>The options of <c>kam send OUT</c>.</summary>
public sealed record SendOptions
{
    public required string Out { get; init; }
    public string DataDir { get; init; } = "sample-data";
    public string? ConfigPath { get; init; }
    public string? FormsDir { get; init; }
    public string? To { get; init; }
    public bool DryRun { get; init; }
    public bool Resend { get; init; }
    public string? TemplatesDir { get; init; }
}

/// <summary>What <c>kam send</c> did: one line per message and per failure.</summary>
public sealed record SendResult(int Sent, int Written, int Unchanged, IReadOnlyList<string> Failures, IReadOnlyList<string> Warnings);
