using System.Text.Json;
using System.Text.Json.Serialization;

namespace KamReports.Delivery;

/// <summary>A document of a message and its SHA-256 when it was sent (or linked).</summary>
public sealed record DeliveredDocument(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("linked")] bool Linked);

/// <summary>One message of <c>kam send</c> in <c>OUT/delivery.json</c>: who, what, its message id, when and how it went
/// (<c>sent</c>, <c>written</c> for a dry run, or <c>failed: reason</c>). Never a password.</summary>
public sealed record DeliveryEntry(
    [property: JsonPropertyName("recipient")] string Recipient,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("documents")] IReadOnlyList<DeliveredDocument> Documents,
    [property: JsonPropertyName("message_id")] string MessageId,
    [property: JsonPropertyName("time")] string Time,
    [property: JsonPropertyName("result")] string Result)
{
    [JsonIgnore] public bool Delivered => Result is "sent" or "written";
}

/// <summary>OUT/delivery.json: every message of every <c>kam send</c> of the folder, newest last.</summary>
public sealed record DeliveryLog([property: JsonPropertyName("messages")] List<DeliveryEntry> Messages)
{
    public static DeliveryLog Read(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<DeliveryLog>(File.ReadAllText(path), Pipeline.Manifest.Json) ?? new([])
                : new([]);
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return new([]); // an unreadable log costs only the "send what changed" shortcut: everything is sent again
        }
    }
}
