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
    /// <summary>
    /// Hashes a folder's files by relative path and content. Symbolic links are hashed by their target text,
    /// never followed (a link to / or a loop cannot run away); files without length (FIFOs, devices) are not read.
    /// </summary>
    public static string HashFolder(string dir)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Walk(DirectoryInfo folder)
        {
            foreach (var e in folder.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(dir, e.FullName).Replace('\\', '/')));
                if (e.LinkTarget is { } target) sha.AppendData(Encoding.UTF8.GetBytes("->" + target));
                else if (e is DirectoryInfo sub) Walk(sub);
                else if (e is FileInfo { Length: > 0 } f) using (var fs = f.OpenRead()) sha.AppendData(SHA256.HashData(fs));
            }
        }
        Walk(new DirectoryInfo(dir));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public static string HashFile(string path)
    {
        using var fs = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(fs));
    }
}
