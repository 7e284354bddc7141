using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KamReports.Pipeline;

/// <summary>Content hashes for incremental runs: a document is re-rendered only when what it is made from changed.</summary>
public static class SourceHasher
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        IncludeFields = true,
    };

    public static string Hash(params object?[] parts)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            var bytes = part switch
            {
                null => [0],
                string s => Encoding.UTF8.GetBytes(s),
                _ => JsonSerializer.SerializeToUtf8Bytes(part, part.GetType(), Options),
            };
            sha.AppendData(bytes);
            sha.AppendData([0x1f]);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>Hash of every file of a folder (relative path and content), in ordinal path order.</summary>
    public static string HashFolder(string dir)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var f in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(dir, f).Replace('\\', '/')));
            sha.AppendData(File.ReadAllBytes(f));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public static string HashFile(string path)
    {
        using var fs = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(fs));
    }
}
