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
        "copy", "attach", "detach", "vacuum", "pragma", "install", "call", "exec", "execute", "into",
        "set", "reset", "lock", "begin", "commit", "rollback", "checkpoint", "do", "declare", "prepare", "deallocate", "listen", "notify",
    };

    /// <summary>
    /// Why <paramref name="sql"/> is not one reading statement, or null when it is. Databases read some text differently
    /// (PostgreSQL nests block comments and escapes with a backslash in E'...' strings; others do neither): the query must pass
    /// under every reading, so text one database takes for a comment or a string cannot hide a statement from the check.
    /// </summary>
    public static string? Problem(string sql)
    {
        foreach (var nested in new[] { false, true })
            foreach (var backslash in new[] { false, true })
                if (Problem(sql, nested, backslash) is { } problem) return problem;
        return null;
    }

    private static string? Problem(string sql, bool nestedComments, bool backslashEscapes)
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
                var depth = 1;
                var j = i + 2;
                while (j < sql.Length && depth > 0)
                {
                    if (nestedComments && sql[j] == '/' && j + 1 < sql.Length && sql[j + 1] == '*') { depth++; j += 2; }
                    else if (sql[j] == '*' && j + 1 < sql.Length && sql[j + 1] == '/') { depth--; j += 2; }
                    else j++;
                }
                if (depth > 0) return "a comment opens (/*) and never closes";
                i = j - 1;
                continue;
            }
            if (c is '\'' or '"' or '`' or '[')
            {
                // E'...' (PostgreSQL) takes a backslash as an escape: under that reading \' does not close the string.
                var escaped = backslashEscapes && c == '\'' && word.Length == 1 && word[0] is 'E' or 'e';
                EndWord();
                var close = c == '[' ? ']' : c;
                var j = i + 1;
                while (j < sql.Length)
                {
                    if (escaped && sql[j] == '\\') { j += 2; continue; }
                    if (sql[j] == close)
                    {
                        if (close != ']' && j + 1 < sql.Length && sql[j + 1] == close) { j += 2; continue; }
                        break;
                    }
                    j++;
                }
                if (j >= sql.Length) return $"a quote ({c}) opens and never closes";
                i = j;
                pendingCode = true;
                continue;
            }
            // A dollar quote starts a token; inside a name (a$b$c) a $ is part of the name.
            if (c == '$' && word.Length == 0 && DollarTag(sql, i) is { } tag)
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
