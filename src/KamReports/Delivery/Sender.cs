using System.Globalization;
using System.Security.Cryptography;
using KamReports.Config;
using KamReports.Data;
using KamReports.Documents;
using KamReports.Formatting;
using KamReports.Output;
using KamReports.Pipeline;
using KamReports.Records;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace KamReports.Delivery;

/// <summary>
/// <c>kam send OUT</c> (outputs.md, Delivery): each sponsor their brief as the message body with their pack attached, leadership the
/// portfolio pack, each key account manager their plan form (<c>--forms</c>); recipients and languages from <c>people</c>. A rerun sends
/// only what failed or changed (<c>--resend</c> sends all); <c>--dry-run</c> writes <c>.eml</c> files to <c>OUT/outbox/</c>. One
/// recipient's failure is one line naming them; the others still go out.
/// </summary>
public static class Sender
{
    private sealed record Planned(Person Person, string Kind, string Subject, string Text, string? Html, IReadOnlyList<string> Files)
    {
        /// <summary>The sentence that introduces documents sent as links, in the person's language.</summary>
        public string LinkText { get; init; } = "";
    }

    public static async Task<SendResult> RunAsync(SendOptions o)
    {
        var outDir = Verification.Verifier.Folder(o.Out);
        var manifest = Manifest.TryRead(Path.Combine(outDir, "manifest.json"))
            ?? throw new KamException($"{outDir}: no manifest.json (run kam generate first)", ExitCodes.Usage);
        var config = ConfigLoader.Load(o.ConfigPath, o.DataDir);
        var data = DataLoader.Load(o.DataDir, config);
        var people = data.People ?? throw new KamException(
            $"{o.DataDir}: no people file: kam send needs the address book (data-contract.md, people)", ExitCodes.Usage);
        var templates = TemplateLocator.Find(o.TemplatesDir);
        var warnings = new List<string>();
        var plan = Plan(manifest, people, o, outDir, templates, config, warnings);
        if (o.To is { } to) plan = plan.Where(p => Same(p.Person.Name, to)).ToList();

        var logPath = Path.Combine(outDir, "delivery.json");
        var log = DeliveryLog.Read(logPath);
        var failures = new List<string>();
        var (sent, written, unchanged) = (0, 0, 0);
        var max = (long)(config.Delivery.MaxAttachmentMb * 1024 * 1024);
        var todo = new List<(Planned P, MimeMessage M, List<DeliveredDocument> Docs)>();
        foreach (var p in plan)
        {
            var docs = p.Files.Select(f => new DeliveredDocument(f, Sha(Path.Combine(outDir, f)),
                p.Person.Link || new FileInfo(Path.Combine(outDir, f)).Length > max)).ToList();
            var last = log.Messages.LastOrDefault(m => Same(m.Recipient, p.Person.Name) && m.Kind == p.Kind);
            if (!o.Resend && last is { Delivered: true } && last.Email == p.Person.Email
                && last.Documents.Select(d => d.Sha256).SequenceEqual(docs.Select(d => d.Sha256)))
            {
                unchanged++;
                continue;
            }
            if (docs.Any(d => d.Linked) && config.Delivery.LinkBase is null)
            {
                failures.Add($"{p.Person.Name}: {string.Join(", ", docs.Where(d => d.Linked).Select(d => d.Path))} is over "
                    + $"{config.Delivery.MaxAttachmentMb} MB or to be sent as a link, and delivery.link_base is not set");
                continue;
            }
            todo.Add((p, Message(p, docs, outDir, config, o.DryRun), docs));
        }

        var results = new Dictionary<MimeMessage, string>();
        if (o.DryRun)
        {
            var outbox = Path.Combine(outDir, "outbox");
            Directory.CreateDirectory(outbox);
            foreach (var (p, m, _) in todo)
            {
                using var buffer = new MemoryStream();
                await m.WriteToAsync(buffer);
                AtomicFile.WriteAllBytes(Path.Combine(outbox, $"{Slug.Make(p.Person.Name)}-{p.Kind}.eml"), buffer.ToArray());
                results[m] = "written";
                written++;
            }
        }
        else if (todo.Count > 0) sent = await SmtpSendAsync(todo.Select(t => (t.P.Person, t.M)).ToList(), config.Delivery, results);

        foreach (var (p, m, docs) in todo)
        {
            var result = results.GetValueOrDefault(m, "failed: not sent");
            if (result.StartsWith("failed", StringComparison.Ordinal)) failures.Add($"{p.Person.Name} <{p.Person.Email}>: {result["failed: ".Length..]}");
            log.Messages.Add(new DeliveryEntry(p.Person.Name, p.Person.Email, p.Kind, docs, m.MessageId ?? "",
                DateTimeOffset.Now.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture), result));
        }
        AtomicFile.WriteAllText(logPath, System.Text.Json.JsonSerializer.Serialize(log, Manifest.Json));
        return new SendResult(sent, written, unchanged, failures, warnings);
    }

    // Who gets what: a sponsor their brief (body) and pack, leadership the portfolio pack, a key account manager their plan form.
    private static List<Planned> Plan(Manifest manifest, IReadOnlyList<Person> people, SendOptions o, string outDir, string templates,
        KamConfig config, List<string> warnings)
    {
        var list = new List<Planned>();
        var period = manifest.Period;
        foreach (var person in people)
        {
            var strings = Strings(person, templates, config, manifest, warnings);
            string T(string key, params object?[] args) => string.Format(CultureInfo.InvariantCulture, strings.TryGet(key) ?? key, args);
            // The person's documents in their culture when the run printed them (OUT/<culture>/), else the run's.
            var culture = person.Culture is { } pc && manifest.Outputs.Any(x => x.Culture == pc && Same(x.Person, person.Name)) ? pc : null;
            ManifestOutput? Doc(string kind) =>
                manifest.Outputs.FirstOrDefault(x => x.Kind == kind && Same(x.Person, person.Name) && x.Culture == culture);
            if (person.Culture is { } c && c != (manifest.Culture ?? config.Culture) && culture is null && Doc("sponsor_pack") is not null)
                warnings.Add($"{person.Name}: documents are in {manifest.Culture ?? config.Culture} (the run printed none in {c}: run kam "
                    + "generate with the people file); the message is in " + c);
            var pack = Doc("sponsor_pack");
            if (pack is not null && person.Role is null or PersonRole.Sponsor)
            {
                var brief = Doc("sponsor_brief");
                var html = Doc("sponsor_brief_html");
                list.Add(new Planned(person, "sponsor", T("send.subject_sponsor", period), T("send.text_sponsor", period),
                    html is null ? null : File.ReadAllText(Path.Combine(outDir, html.Path)),
                    [pack.Path, .. brief is null ? Array.Empty<string>() : [brief.Path]]) { LinkText = T("send.links") });
            }
            if (person.Role == PersonRole.Leadership
                && manifest.Outputs.FirstOrDefault(x => x.Kind == "portfolio_pack") is { } portfolio)
                list.Add(new Planned(person, "leadership", T("send.subject_leadership", period), T("send.text_leadership", period), null,
                    [portfolio.Path]) { LinkText = T("send.links") });
            if (o.FormsDir is { } forms && person.Role is null or PersonRole.Kam)
            {
                var form = Path.Combine(forms, $"plan-form-{Slug.Make(person.Name)}.xlsx");
                if (File.Exists(form))
                {
                    // The form travels from its folder; the log names it relative to the output folder when it lies inside.
                    var rel = Path.GetRelativePath(outDir, Path.GetFullPath(form));
                    list.Add(new Planned(person, "kam", T("send.subject_kam", period), T("send.text_kam", period), null, [rel])
                    {
                        LinkText = T("send.links"),
                    });
                }
            }
        }
        return list;
    }

    // The person's language when the templates have a string table for it; the documents stay in the run's language.
    private static StringTable Strings(Person person, string templates, KamConfig config, Manifest manifest, List<string> warnings)
    {
        var wanted = person.Culture ?? manifest.Culture ?? config.Culture;
        return StringTable.Load(templates, CultureInfo.GetCultureInfo(wanted));
    }

    private static MimeMessage Message(Planned p, List<DeliveredDocument> docs, string outDir, KamConfig config, bool dryRun)
    {
        var m = new MimeMessage();
        m.From.Add(MailboxAddress.Parse(config.Delivery.From ?? (dryRun ? "kam@localhost"
            : throw new KamException("delivery.from is not set: the sender's address", ExitCodes.Usage))));
        m.To.Add(new MailboxAddress(p.Person.Name, p.Person.Email));
        m.Subject = p.Subject;
        m.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("kam.local");
        var body = new BodyBuilder { TextBody = p.Text };
        if (p.Html is not null) body.HtmlBody = p.Html;
        var links = new List<string>();
        foreach (var d in docs)
        {
            if (d.Linked) links.Add(config.Delivery.LinkBase!.TrimEnd('/') + "/" + d.Path.Replace('\\', '/'));
            else body.Attachments.Add(Path.Combine(outDir, d.Path));
        }
        if (links.Count > 0)
        {
            body.TextBody += "\n\n" + p.LinkText + "\n" + string.Join("\n", links);
            if (body.HtmlBody is { } html)
                body.HtmlBody = html.Replace("</body>", "<p>" + System.Net.WebUtility.HtmlEncode(p.LinkText) + "</p><ul>"
                    + string.Concat(links.Select(l => $"<li><a href=\"{System.Net.WebUtility.HtmlEncode(l)}\">{System.Net.WebUtility.HtmlEncode(l)}</a></li>"))
                    + "</ul></body>", StringComparison.Ordinal);
        }
        m.Body = body.ToMessageBody();
        return m;
    }

    // One connection for the run; a recipient the server refuses costs that message only; a server that does not answer or refuses
    // the login costs every message, each named. The password is read from the environment and appears nowhere.
    private static async Task<int> SmtpSendAsync(List<(Person Person, MimeMessage M)> messages, DeliveryConfig d,
        Dictionary<MimeMessage, string> results)
    {
        var sent = 0;
        using var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            var security = d.Security switch { "none" => SecureSocketOptions.None, "tls" => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.StartTlsWhenAvailable };
            await client.ConnectAsync(d.Host ?? throw new KamException("delivery.host is not set", ExitCodes.Usage), d.Port, security);
            if (d.User is { } user)
            {
                var password = d.PasswordEnv is { } env ? Environment.GetEnvironmentVariable(env) ?? "" : "";
                await client.AuthenticateAsync(user, password);
            }
        }
        catch (Exception e) when (e is not KamException and not OutOfMemoryException)
        {
            var reason = e is AuthenticationException ? "the server refused the login of delivery.user"
                : $"the server {d.Host}:{d.Port} does not answer ({e.GetType().Name})";
            foreach (var (_, m) in messages) results[m] = "failed: " + reason;
            return 0;
        }
        foreach (var (_, m) in messages)
        {
            try
            {
                await client.SendAsync(m);
                results[m] = "sent";
                sent++;
            }
            catch (SmtpCommandException e)
            {
                results[m] = $"failed: refused by the server ({(int)e.StatusCode} {e.Message.Split('\n')[0]})";
            }
            catch (MailKit.ServiceNotAuthenticatedException)
            {
                results[m] = "failed: refused by the server: it requires a login (set delivery.user and delivery.password_env)";
            }
            catch (Exception e) when (e is IOException or SmtpProtocolException or MailKit.ServiceNotConnectedException)
            {
                results[m] = $"failed: the connection to {d.Host}:{d.Port} broke ({e.GetType().Name})";
            }
        }
        await client.DisconnectAsync(true);
        return sent;
    }

    private static string Sha(string path)
    {
        using var s = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(s));
    }

    private static bool Same(string? a, string b) => a is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
