using System.Text;

namespace KamReports.Data;

/// <summary>
/// The check every query of config <c>source.queries</c> passes before it reaches a database: one statement, that reads. Quoted
/// text, quoted names and comments are skipped (standard, PostgreSQL dollar, MySQL back-tick and SQL Server bracket quoting).
/// The databases add their own guard (a read-only transaction or connection) behind this one.
/// </summary>
public static class SqlStatement
{
    private static readonly string[] Reads = ["select", "with", "values", "table", "from"];

    // Words that write, run programs or reach other files, wherever they stand outside quotes (a data-modifying CTE,
    // SELECT ... INTO, a trailing DROP): a query that needs one is not a query this tool runs.
    private static readonly HashSet<string> Writes = new(StringComparer.OrdinalIgnoreCase)
    {
        "insert", "update", "delete", "merge", "upsert", "truncate", "drop", "create", "alter", "rename", "grant", "revoke",
        "copy", "attach", "detach", "vacuum", "pragma", "install", "export", "import", "call", "exec", "execute", "into",
        "set", "reset", "lock", "begin", "commit", "rollback", "checkpoint", "do", "declare", "prepare", "deallocate", "listen", "notify",
    };

    /// <summary>Why <paramref name="sql"/> is not one reading statement, or null when it is.</summary>
    public static string? Problem(string sql)
    {
        var words = new List<string>();
        var statements = 0;
        var pendingCode = false;
        var word = new StringBuilder();
        void EndWord()
        {
            if (word.Length > 0) words.Add(word.ToString());
            word.Clear();
        }
        for (var i = 0; i < sql.Length; i++)
        {
            var c = sql[i];
            if (c == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
            {
                EndWord();
                while (i < sql.Length && sql[i] != '\n') i++;
                continue;
            }
            if (c == '/' && i + 1 < sql.Length && sql[i + 1] == '*')
            {
                EndWord();
                var end = sql.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0) return "a comment opens (/*) and never closes";
                i = end + 1;
                continue;
            }
            if (c is '\'' or '"' or '`' or '[')
            {
                EndWord();
                var close = c == '[' ? ']' : c;
                var j = i + 1;
                while (j < sql.Length && !(sql[j] == close && !(j + 1 < sql.Length && sql[j + 1] == close
                    && close != ']'))) j += sql[j] == close ? 2 : 1;
                if (j >= sql.Length) return $"a quote ({c}) opens and never closes";
                i = j;
                pendingCode = true;
                continue;
            }
            if (c == '$' && DollarTag(sql, i) is { } tag)
            {
                EndWord();
                var end = sql.IndexOf(tag, i + tag.Length, StringComparison.Ordinal);
                if (end < 0) return $"a dollar quote ({tag}) opens and never closes";
                i = end + tag.Length - 1;
                pendingCode = true;
                continue;
            }
            if (c == ';')
            {
                EndWord();
                if (pendingCode) statements++;
                pendingCode = false;
                continue;
            }
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                word.Append(c);
                pendingCode = true;
                continue;
            }
            EndWord();
            if (!char.IsWhiteSpace(c)) pendingCode = true;
        }
        EndWord();
        if (pendingCode) statements++;
        if (statements == 0) return "is empty";
        if (statements > 1) return "holds more than one statement: give one query per role";
        var first = words.FirstOrDefault();
        if (first is null || !Reads.Contains(first.ToLowerInvariant()))
            return $"is not a reading query: it starts with \"{first}\" (start with SELECT or WITH)";
        if (words.FirstOrDefault(Writes.Contains) is { } write)
            return $"contains \"{write.ToUpperInvariant()}\": a query only reads (SELECT or WITH, no writes, no files, no settings)";
        return null;
    }

    // $$ or $tag$ at position i (PostgreSQL dollar quoting); null for a parameter such as $1.
    private static string? DollarTag(string sql, int i)
    {
        var j = i + 1;
        while (j < sql.Length && (char.IsLetter(sql[j]) || sql[j] == '_')) j++;
        return j < sql.Length && sql[j] == '$' ? sql[i..(j + 1)] : null;
    }
}
