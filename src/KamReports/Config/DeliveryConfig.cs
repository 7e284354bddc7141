namespace KamReports.Config;

/// <summary>
/// SMTP settings of <c>kam send</c> (config <c>delivery</c>; outputs.md, Delivery): server, port, security (none, starttls, tls),
/// user, the environment variable holding the password (never the password itself), sender, the largest attachment in MB (a larger
/// document is sent as a link under <see cref="LinkBase"/>).
/// </summary>
public sealed record DeliveryConfig
{
    public string? Host { get; init; }
    public int Port { get; init; } = 25;
    public string Security { get; init; } = "starttls";
    public string? User { get; init; }
    public string? PasswordEnv { get; init; }
    public string? From { get; init; }
    public double MaxAttachmentMb { get; init; } = 20;
    public string? LinkBase { get; init; }

    public static readonly IReadOnlyList<string> Keys =
        ["host", "port", "security", "user", "password_env", "from", "max_attachment_mb", "link_base"];
}
