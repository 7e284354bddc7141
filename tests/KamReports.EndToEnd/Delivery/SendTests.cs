using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using KamReports.Delivery;
using KamReports.EndToEnd.Support;
using KamReports.TestSupport;
using MimeKit;

namespace KamReports.EndToEnd.Delivery;

/// <summary>
/// Issue 26: <c>kam send --dry-run</c> writes one parseable message per recipient with the right documents byte for byte, a second
/// dry run with nothing changed writes nothing; a server that does not answer is one line per recipient, logged, exit 1, no password.
/// </summary>
public class SendTests
{
    [Fact]
    public void A_dry_run_writes_one_message_per_recipient_with_its_documents_and_a_rerun_writes_nothing_new()
    {
        using var dir = new TempDir();
        var run = KamProcess.Run(dir.Path, "generate", "--data", Repo.SampleData, "--out", "out", "--no-workbook");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var folder = Path.Combine(dir.Path, "out", "2026-Q3");
        var send = KamProcess.Run(dir.Path, "send", folder, "--data", Repo.SampleData, "--dry-run");
        Assert.True(send.ExitCode == 0, send.Stdout + send.Stderr);
        var outbox = Path.Combine(folder, "outbox");
        var emls = Directory.GetFiles(outbox, "*.eml");
        // Three sponsors and leadership.
        Assert.Equal(4, emls.Length);
        var claire = MimeMessage.Load(Path.Combine(outbox, "claire-dubois-sponsor.eml"));
        Assert.Equal("Key account review 2026-Q3: your brief and pack", claire.Subject);
        Assert.Contains("Pre-read: Claire Dubois", claire.HtmlBody);
        var pack = claire.Attachments.OfType<MimePart>().Single(a => a.FileName == "sponsor-claire-dubois.pdf");
        using (var bytes = new MemoryStream())
        {
            pack.Content!.DecodeTo(bytes);
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "review-packs", "sponsor-claire-dubois.pdf")), bytes.ToArray());
        }
        // Martin Schulz reads German: his message, brief and pack are in German (printed by the run into de-DE/).
        var martin = MimeMessage.Load(Path.Combine(outbox, "martin-schulz-sponsor.eml"));
        Assert.StartsWith("Key-Account-Review 2026-Q3", martin.Subject);
        Assert.Contains("Vorab-Info: Martin Schulz", martin.HtmlBody);
        using (var bytes = new MemoryStream())
        {
            martin.Attachments.OfType<MimePart>().Single(a => a.FileName == "sponsor-martin-schulz.pdf").Content!.DecodeTo(bytes);
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "de-DE", "review-packs", "sponsor-martin-schulz.pdf")), bytes.ToArray());
        }
        Assert.DoesNotContain("warning: Martin Schulz", send.Stdout);
        var log = JsonSerializer.Deserialize<DeliveryLog>(File.ReadAllText(Path.Combine(folder, "delivery.json")), KamReports.Pipeline.Manifest.Json)!;
        Assert.Equal(4, log.Messages.Count);
        Assert.All(log.Messages, m => Assert.Equal("written", m.Result));

        var again = KamProcess.Run(dir.Path, "send", folder, "--data", Repo.SampleData, "--dry-run");
        Assert.Contains("0 written to outbox, 4 unchanged", again.Stdout);

        // Each key account manager gets their plan form (kam forms).
        var forms = KamProcess.Run(dir.Path, "forms", "--data", Repo.SampleData, "--out", "forms");
        Assert.True(forms.ExitCode == 0, forms.Stderr);
        var withForms = KamProcess.Run(dir.Path, "send", folder, "--data", Repo.SampleData, "--dry-run", "--forms",
            Path.Combine(dir.Path, "forms"));
        var formFiles = Directory.GetFiles(Path.Combine(dir.Path, "forms"), "plan-form-*.xlsx");
        Assert.Contains($"{formFiles.Length} written to outbox, 4 unchanged", withForms.Stdout);
        var anna = MimeMessage.Load(Path.Combine(outbox, "anna-berg-kam.eml"));
        Assert.Equal("anna.berg@example.com", anna.To.Mailboxes.Single().Address);
        using (var bytes = new MemoryStream())
        {
            anna.Attachments.OfType<MimePart>().Single().Content!.DecodeTo(bytes);
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir.Path, "forms", "plan-form-anna-berg.xlsx")), bytes.ToArray());
        }
        // Over the size limit: a link under link_base instead of the attachment, said in the message.
        var config = dir.File("links.json", """{ "delivery": { "max_attachment_mb": 0.01, "link_base": "https://files.example.com/kam" } }""");
        var resend = KamProcess.Run(dir.Path, "send", folder, "--data", Repo.SampleData, "--config", config, "--dry-run", "--resend",
            "--to", "Claire Dubois");
        Assert.Contains("1 written to outbox", resend.Stdout);
        var linked = MimeMessage.Load(Path.Combine(outbox, "claire-dubois-sponsor.eml"));
        Assert.Empty(linked.Attachments);
        Assert.Contains("Too large to attach, or sent as links as you asked:\nhttps://files.example.com/kam/review-packs/sponsor-claire-dubois.pdf", linked.TextBody);
    }

    [Fact]
    public void A_server_that_does_not_answer_is_one_line_per_recipient_logged_exit_1_and_no_password_anywhere()
    {
        using var dir = new TempDir();
        var run = KamProcess.Run(dir.Path, "generate", "--data", Repo.SampleData, "--out", "out", "--no-workbook");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var folder = Path.Combine(dir.Path, "out", "2026-Q3");
        var port = ClosedPort();
        var config = dir.File("send.json", $$"""
            { "delivery": { "host": "127.0.0.1", "port": {{port}}, "security": "none", "user": "ops", "password_env": "KAM_TEST_PW",
              "from": "sales-ops@example.com" } }
            """);
        Environment.SetEnvironmentVariable("KAM_TEST_PW", "s3cret-Pa55");
        try
        {
            var r = KamProcess.Run(dir.Path, "send", folder, "--data", Repo.SampleData, "--config", config);
            Assert.Equal(1, r.ExitCode);
            var lines = r.Stdout.Split('\n').Where(l => l.StartsWith("failed: ", StringComparison.Ordinal)).ToArray();
            Assert.Equal(4, lines.Length);
            Assert.Contains(lines, l => l.StartsWith("failed: Claire Dubois <", StringComparison.Ordinal)
                && l.Contains($"the server 127.0.0.1:{port} does not answer", StringComparison.Ordinal));
            var log = File.ReadAllText(Path.Combine(folder, "delivery.json"));
            Assert.DoesNotContain("s3cret-Pa55", r.Stdout + r.Stderr + log
                + File.ReadAllText(Path.Combine(folder, "manifest.json")));
            Assert.DoesNotContain("   at ", r.Stdout + r.Stderr);
            // Nothing was delivered: a dry run afterwards writes all four.
            var dry = KamProcess.Run(dir.Path, "send", folder, "--data", Repo.SampleData, "--dry-run");
            Assert.Contains("4 written to outbox", dry.Stdout);
        }
        finally
        {
            Environment.SetEnvironmentVariable("KAM_TEST_PW", null);
        }
    }

    [Fact]
    public async Task Through_a_real_smtp_server_each_recipient_gets_one_message_and_a_stopped_server_is_logged_and_resent()
    {
        using var dir = new TempDir();
        var run = KamProcess.Run(dir.Path, "generate", "--data", Repo.SampleData, "--out", "out", "--no-workbook");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var folder = Path.Combine(dir.Path, "out", "2026-Q3");
        using var server = new Smtp4dev();
        await server.StartAsync();
        var config = dir.File("smtp.json", $$"""
            { "delivery": { "host": "127.0.0.1", "port": {{server.SmtpPort}}, "security": "none", "from": "sales-ops@example.com" } }
            """);
        var send = KamProcess.Run(dir.Path, "send", folder, "--data", Repo.SampleData, "--config", config);
        Assert.True(send.ExitCode == 0, send.Stdout + send.Stderr);
        Assert.Contains("4 sent", send.Stdout);
        var messages = await server.MessagesAsync();
        Assert.Equal(4, messages.Count);
        Assert.Equal(4, messages.Select(m => m.To.Mailboxes.Single().Address).Distinct().Count());
        var claire = messages.Single(m => m.To.Mailboxes.Single().Address == "claire.dubois@example.com");
        Assert.Contains("Pre-read: Claire Dubois", claire.HtmlBody);
        foreach (var name in new[] { "sponsor-claire-dubois.pdf", "brief-claire-dubois.pdf" })
        {
            using var bytes = new MemoryStream();
            claire.Attachments.OfType<MimePart>().Single(a => a.FileName == name).Content!.DecodeTo(bytes);
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "review-packs", name)), bytes.ToArray());
        }
        Assert.StartsWith("Key-Account-Review", messages.Single(m => m.To.Mailboxes.Single().Address == "martin.schulz@example.com").Subject);

        // The server goes away: every message of a forced resend fails, each in one line, all logged; back up, a plain rerun sends
        // exactly the four that failed.
        server.Stop();
        var down = KamProcess.Run(dir.Path, "send", folder, "--data", Repo.SampleData, "--config", config, "--resend");
        Assert.Equal(1, down.ExitCode);
        Assert.Equal(4, down.Stdout.Split('\n').Count(l => l.StartsWith("failed: ", StringComparison.Ordinal) && l.Contains("does not answer")));
        var log = JsonSerializer.Deserialize<DeliveryLog>(File.ReadAllText(Path.Combine(folder, "delivery.json")), KamReports.Pipeline.Manifest.Json)!;
        Assert.Equal(8, log.Messages.Count);
        Assert.All(log.Messages.Skip(4), m => Assert.StartsWith("failed: ", m.Result));
        await server.StartAsync();
        var again = KamProcess.Run(dir.Path, "send", folder, "--data", Repo.SampleData, "--config", config);
        Assert.True(again.ExitCode == 0, again.Stdout);
        Assert.Contains("4 sent, 0 written to outbox, 0 unchanged", again.Stdout);
        var nothing = KamProcess.Run(dir.Path, "send", folder, "--data", Repo.SampleData, "--config", config);
        Assert.Contains("0 sent, 0 written to outbox, 4 unchanged", nothing.Stdout);
    }

    [Fact]
    public async Task A_server_that_refuses_the_messages_is_one_line_per_recipient_with_its_answer_and_exit_1()
    {
        using var dir = new TempDir();
        var full = KamProcess.Run(dir.Path, "generate", "--data", Repo.SampleData, "--out", "out", "--no-workbook");
        Assert.True(full.ExitCode == 0, full.Stderr);
        var folder = Path.Combine(dir.Path, "out", "2026-Q3");
        using var server = new Smtp4dev { RequireLogin = true };
        await server.StartAsync();
        var config = dir.File("smtp.json", $$"""
            { "delivery": { "host": "127.0.0.1", "port": {{server.SmtpPort}}, "security": "none", "from": "sales-ops@example.com" } }
            """);
        var r = KamProcess.Run(dir.Path, "send", folder, "--data", Repo.SampleData, "--config", config);
        Assert.Equal(1, r.ExitCode);
        var lines = r.Stdout.Split('\n').Where(l => l.StartsWith("failed: ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(4, lines.Length);
        Assert.All(lines, l => Assert.Contains("refused by the server: it requires a login", l));
        Assert.Empty(await server.MessagesAsync());
        Assert.DoesNotContain("   at ", r.Stdout + r.Stderr);
    }

    // A port nobody listens on: bound, then released.
    private static int ClosedPort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }
}
