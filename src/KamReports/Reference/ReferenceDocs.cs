using KamReports.Data;
using System.Collections;
using System.Reflection;
using System.Text;
using System.Xml.Linq;
using KamReports.Config;
using KamReports.Documents;
using KamReports.Rendering.Html;
using Scriban.Runtime;

namespace KamReports.Reference;

/// <summary>
/// Generates the README's reference sections from the code, so they cannot drift: the data contract
/// (from <see cref="DataContract"/>) and the template model (from the view models and template functions).
/// </summary>
public static class ReferenceDocs
{
    /// <summary>Markdown tables of every input file and column.</summary>
    public static string Contract()
    {
        var sb = new StringBuilder();
        foreach (var f in DataContract.All)
        {
            sb.Append("**").Append(f.Role).Append("** (").Append(f.Required ? "required" : "optional");
            if (f.UniqueKey.Count > 0) sb.Append(", unique: ").Append(string.Join(" + ", f.UniqueKey));
            sb.Append(")\n\n| column | type | required | notes |\n|---|---|---|---|\n");
            foreach (var c in f.Columns)
            {
                sb.Append("| ").Append(c.Name)
                    .Append(" | ").Append(c.Describe().Replace("|", "\\|"))
                    .Append(" | ").Append(c.Required ? "yes" : "")
                    .Append(" | ").Append(c.Notes).Append(" |\n");
            }
            sb.Append('\n');
        }
        return sb.ToString().TrimEnd() + "\n";
    }

    /// <summary>The generated sections, by the name their markers in the README carry.</summary>
    public static readonly IReadOnlyList<string> Sections = ["contract", "templates"];

    /// <summary>One generated section by name; an unknown name is a usage error.</summary>
    public static string Section(string name) => name switch
    {
        "contract" => Contract(),
        "templates" => TemplateModel(),
        _ => throw new KamException($"docs: unknown section \"{name}\"; use contract or templates", ExitCodes.Usage),
    };

    /// <summary>
    /// Replaces the text between <c>&lt;!-- BEGIN name ... --&gt;</c> and <c>&lt;!-- END name</c> for every generated section
    /// of a Markdown file, atomically; true when the file changed.
    /// </summary>
    public static bool WriteInto(string path)
    {
        if (!File.Exists(path)) throw new KamException($"docs --write: {path} not found", ExitCodes.Usage);
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        var updated = text;
        foreach (var name in Sections)
        {
            var begin = updated.IndexOf($"<!-- BEGIN {name}", StringComparison.Ordinal);
            var start = begin < 0 ? -1 : updated.IndexOf("-->\n", begin, StringComparison.Ordinal) + 4;
            var end = updated.IndexOf($"<!-- END {name}", StringComparison.Ordinal);
            if (begin < 0 || start < 4 || end < start)
                throw new KamException($"docs --write: {path} has no section \"<!-- BEGIN {name} ... -->\" ... \"<!-- END {name} -->\"",
                    ExitCodes.Usage);
            updated = string.Concat(updated.AsSpan(0, start), Section(name), updated.AsSpan(end));
        }
        if (updated == text) return false;
        Output.AtomicFile.WriteAllText(path, updated);
        return true;
    }

    /// <summary>Markdown reference of what templates can use: model members by document and the functions.</summary>
    public static string TemplateModel()
    {
        var docs = XmlDocs();
        var sb = new StringBuilder();
        // One section per template of the document catalogue, naming the kinds that use it.
        var groups = DocumentCatalog.Kinds
            .GroupBy(k => (k.Template, k.Model))
            .OrderBy(g => g.Key.Template, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var (template, type) = group.Key;
            sb.Append("#### `").Append(template).Append("` (").Append(string.Join(", ", group.Select(k => k.Key))).Append(")\n\n")
                .Append("| member | type | meaning |\n|---|---|---|\n");
            Members(sb, type, "", docs, 0, []);
            sb.Append('\n');
        }
        sb.Append("#### Functions\n\n| function | meaning |\n|---|---|\n");
        var functions = typeof(TemplateFunctions)
            .GetMethods(BindingFlags.Public | BindingFlags.Static)
            .OrderBy(m => m.Name, StringComparer.Ordinal);
        foreach (var m in functions)
        {
            var name = StandardMemberRenamer.Default(m);
            var parameters = string.Join(",", m.GetParameters().Select(p => XmlTypeName(p.ParameterType)));
            var summary = docs.GetValueOrDefault("M:" + typeof(TemplateFunctions).FullName + "." + m.Name + "(" + parameters + ")") ?? "";
            sb.Append("| `").Append(name).Append("` | ").Append(summary.Replace("|", "\\|")).Append(" |\n");
        }
        return sb.ToString().TrimEnd() + "\n";
    }

    private static void Members(StringBuilder sb, Type type, string prefix, Dictionary<string, string> docs, int depth, HashSet<Type> seen)
    {
        if (depth > 3 || !seen.Add(type)) return;
        var properties = type
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract");
        foreach (var p in properties)
        {
            var name = prefix + StandardMemberRenamer.Default(p);
            var (shown, element) = Describe(p.PropertyType);
            var target = element ?? Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
            var summary = docs.GetValueOrDefault("P:" + type.FullName + "." + p.Name)
                ?? docs.GetValueOrDefault("T:" + target.FullName)
                ?? "";
            sb.Append("| `").Append(name).Append("` | ").Append(shown).Append(" | ").Append(summary.Replace("|", "\\|")).Append(" |\n");
            var nested = element ?? p.PropertyType;
            if (nested == typeof(ChartData))
            {
                // A chart is drawn whole by the chart function; of its members, templates write the title.
                sb.Append("| `").Append(name).Append(element is null ? "." : "[].").Append("title` | text | ")
                    .Append(docs.GetValueOrDefault("P:" + typeof(ChartData).FullName + ".Title") ?? "").Append(" |\n");
                continue;
            }
            if (nested.Namespace?.StartsWith("KamReports", StringComparison.Ordinal) == true && !nested.IsEnum && nested != typeof(RawHtml))
                Members(sb, nested, name + (element is null ? "." : "[]."), docs, depth + 1, [.. seen]);
        }
    }

    private static (string Shown, Type? Element) Describe(Type t)
    {
        var u = Nullable.GetUnderlyingType(t);
        if (u is not null) return (Describe(u).Shown + "?", null);
        if (t == typeof(string)) return ("text", null);
        if (t == typeof(decimal)) return ("money/decimal", null);
        if (t == typeof(double)) return ("number", null);
        if (t == typeof(int)) return ("integer", null);
        if (t == typeof(bool)) return ("bool", null);
        if (t == typeof(DateOnly)) return ("date", null);
        if (t == typeof(RawHtml)) return ("html (inline SVG)", null);
        if (t == typeof(ChartData)) return ("chart (draw it with `chart`)", null);
        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
            return ("map of " + Describe(t.GetGenericArguments()[0]).Shown + " to values", null);
        if (t != typeof(string) && typeof(IEnumerable).IsAssignableFrom(t) && t.IsGenericType)
        {
            var e = t.GetGenericArguments()[0];
            return ("list of " + Describe(e).Shown, e);
        }
        return (StandardMemberRenamer.Default(t.GetTypeInfo()), null);
    }

    private static string XmlTypeName(Type t) => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Nullable<>)
        ? $"System.Nullable{{{XmlTypeName(t.GetGenericArguments()[0])}}}"
        : t.FullName ?? t.Name;

    private static Dictionary<string, string> XmlDocs()
    {
        var path = Path.ChangeExtension(typeof(ReferenceDocs).Assembly.Location, ".xml");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return result;
        foreach (var m in XDocument.Load(path).Descendants("member"))
        {
            var summary = m.Element("summary");
            if (summary is null) continue;
            var text = string.Concat(summary.Nodes().Select(n => n is XElement e
                ? (string?)e.Attribute("cref")?.Value.Split('.').Last() ?? e.Value
                : n.ToString()));
            result[(string)m.Attribute("name")!] = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                .Replace("&lt;", "<")
                .Replace("&gt;", ">")
                .Replace("&amp;", "&");
        }
        return result;
    }
}
