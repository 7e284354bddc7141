namespace KamReports;

/// <summary>
/// Real paths with every symbolic link resolved, to keep reads inside the data and template folders:
/// a link that leaves its folder is refused, a link loop is an error, never a hang.
/// </summary>
public static class SafePath
{
    private const int MaxLinks = 40;

    /// <summary>The absolute path with each symbolic link along it resolved.</summary>
    public static string Real(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        var links = 0;
        var parts = new Queue<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        while (parts.Count > 0)
        {
            var next = Path.Combine(current, parts.Dequeue());
            FileSystemInfo info = new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++links > MaxLinks) throw new KamException("too many symbolic links (a link loop?)", ExitCodes.Failed, path);
                var resolved = Path.GetFullPath(target, current);
                var rest = parts.ToArray();
                var rroot = Path.GetPathRoot(resolved)!;
                var inside = resolved[rroot.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
                parts = new Queue<string>(inside.Concat(rest));
                current = rroot;
                continue;
            }
            current = next;
        }
        return current;
    }

    /// <summary>Whether <paramref name="path"/>, links resolved, lies inside <paramref name="folder"/> (links resolved).</summary>
    public static bool IsInside(string path, string folder)
    {
        var f = Real(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return Real(path).StartsWith(f, StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether a file has content to read. FIFOs, devices and /proc entries report no length (.NET cannot tell
    /// them from empty files), and opening one could block or never end: a file of length 0 is never opened,
    /// and reported as empty.
    /// </summary>
    public static bool HasContent(string path)
    {
        var info = new FileInfo(Real(path));
        return info.Exists && info.Length > 0;
    }
}
