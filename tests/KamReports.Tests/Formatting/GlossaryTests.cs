using System.Text.Json;
using System.Text.RegularExpressions;
using KamReports.TestSupport;

namespace KamReports.Tests.Formatting;

/// <summary>
/// <c>templates/strings/glossary.json</c>: one term per concept and language, checked against the shipped string tables.
/// English is the reference: where an en.json value names a concept, the translation of the same key names it with the
/// glossary term (or one of its listed forms), and no value anywhere in a table uses a forbidden variant.
/// </summary>
public class GlossaryTests
{
    private sealed record Entry(string Term, string[] Forms, string[] Forbidden)
    {
        /// <summary>The term and its inflected or compound forms.</summary>
        public IEnumerable<string> Allowed => Forms.Prepend(Term);
    }

    private sealed record Concept(string Id, Dictionary<string, Entry> Languages);

    private static readonly string[] Cultures = ["de-DE", "zh-CN"];

    private static List<Concept> Glossary()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Templates, "strings", "glossary.json")));
        static string[] List(JsonElement e, string name) =>
            e.TryGetProperty(name, out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
        return doc.RootElement.GetProperty("concepts").EnumerateArray().Select(c => new Concept(
            c.GetProperty("id").GetString()!,
            c.EnumerateObject().Where(p => p.Name != "id").ToDictionary(p => p.Name,
                p => new Entry(p.Value.GetProperty("term").GetString()!, List(p.Value, "forms"), List(p.Value, "forbidden")))))
            .ToList();
    }

    /// <summary>An English form as a whole word or phrase ("ask" is not found in "asked" or "task").</summary>
    private static bool NamesInEnglish(string text, Entry en) =>
        en.Allowed.Any(f => Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(f)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase));

    private static bool Names(string text, Entry entry) =>
        entry.Allowed.Any(f => text.Contains(f, StringComparison.OrdinalIgnoreCase));

    /// <summary>Spans of <paramref name="text"/> covered by an allowed form (a forbidden variant inside one is not a use of it).</summary>
    private static List<(int Start, int End)> AllowedSpans(string text, Entry entry)
    {
        var spans = new List<(int, int)>();
        foreach (var f in entry.Allowed)
            for (var i = text.IndexOf(f, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(f, i + 1, StringComparison.OrdinalIgnoreCase))
                spans.Add((i, i + f.Length));
        return spans;
    }

    private static IEnumerable<string> ForbiddenUses(string text, Entry entry)
    {
        var spans = AllowedSpans(text, entry);
        foreach (var bad in entry.Forbidden)
            for (var i = text.IndexOf(bad, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(bad, i + 1, StringComparison.OrdinalIgnoreCase))
                if (!spans.Any(s => s.Start <= i && i + bad.Length <= s.End))
                {
                    yield return bad;
                    break;
                }
    }

    [Fact]
    public void Every_concept_has_a_term_in_english_and_every_shipped_language()
    {
        var glossary = Glossary();
        Assert.NotEmpty(glossary);
        foreach (var c in glossary)
            foreach (var culture in Cultures.Prepend("en"))
            {
                Assert.True(c.Languages.TryGetValue(culture, out var e), $"{c.Id}: no {culture} entry");
                Assert.False(string.IsNullOrWhiteSpace(e!.Term), $"{c.Id}: empty {culture} term");
                // A term cannot be its own forbidden variant.
                Assert.DoesNotContain(e.Forbidden, bad => e.Allowed.Any(a => a.Equals(bad, StringComparison.OrdinalIgnoreCase)));
            }
        Assert.Equal(glossary.Count, glossary.Select(c => c.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("zh-CN")]
    public void No_value_uses_a_forbidden_variant(string culture)
    {
        var table = Repo.Strings(culture);
        var failures = (from c in Glossary()
                        let entry = c.Languages[culture]
                        from kv in table
                        from bad in ForbiddenUses(kv.Value, entry)
                        select $"{kv.Key}: \"{bad}\" for {c.Id} (use \"{entry.Term}\"): {kv.Value}").ToList();
        Assert.True(failures.Count == 0, $"{culture}: {failures.Count} forbidden variants:\n" + string.Join("\n", failures));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("zh-CN")]
    public void Where_english_names_a_concept_the_translation_uses_the_glossary_term(string culture)
    {
        var en = Repo.Strings("en");
        var table = Repo.Strings(culture);
        var failures = (from c in Glossary()
                        from kv in en
                        where NamesInEnglish(kv.Value, c.Languages["en"])
                        where table.TryGetValue(kv.Key, out var t) && !Names(t, c.Languages[culture])
                        select $"{kv.Key}: \"{c.Languages[culture].Term}\" missing for {c.Id}: {table[kv.Key]}").ToList();
        Assert.True(failures.Count == 0, $"{culture}: {failures.Count} values without the glossary term:\n" + string.Join("\n", failures));
    }
}
