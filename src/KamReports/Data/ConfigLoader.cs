using System.Globalization;
using System.Text.Json;
using KamReports.Compute;
using KamReports.Config;

namespace KamReports.Data;

/// <summary>Reads <c>kam.json</c>. Unknown keys and wrong types are errors that name the key.</summary>
public static class ConfigLoader
{
    public const string FileName = "kam.json";

    private static readonly string[] TopKeys =
    [
        "files", "columns", "fiscal_year_start", "currency", "culture", "input_culture", "encoding", "date_format", "abc", "thresholds",
        "health_weights", "health_min_coverage", "key_accounts", "colors", "source", "materiality", "next_review", "max_accounts_per_manager", "service_models", "delivery",
        "aggregate_above_mb",
    ];
    private static readonly string[] ThresholdKeys =
        ["declining_growth", "frequent_orders", "satisfied", "dissatisfied", "health_green", "health_amber", "low_share_of_wallet"];
    // The health-score components are the catalogue's KPIs that have one.
    private static readonly string[] WeightKeys = KpiCatalog.HealthComponents.Select(k => k.Key).ToArray();

    /// <summary>Loads <paramref name="configPath"/>, or <c>kam.json</c> in the data folder, or defaults.</summary>
    public static KamConfig Load(string? configPath, string dataDir)
    {
        var path = configPath ?? Path.Combine(dataDir, FileName);
        if (!File.Exists(path))
        {
            if (configPath is not null) throw new KamException($"config file not found: {configPath}", ExitCodes.Usage);
            return new KamConfig();
        }
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses config JSON text; <paramref name="path"/> names it in errors.</summary>
    public static KamConfig Parse(string json, string path)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(
                json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new KamException(
                $"invalid JSON: {e.Message.Split('.')[0]}", ExitCodes.Usage, path,
                (int?)(e.LineNumber + 1), (int?)(e.BytePositionInLine + 1));
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Error(path, "", "must be a JSON object");
            CheckKeys(root, TopKeys, path, "");
            var c = new KamConfig();
            foreach (var p in root.EnumerateObject())
            {
                var key = p.Name;
                var v = p.Value;
                c = key switch
                {
                    "files" => c with { Files = StringMap(v, path, key, DataContract.RoleNames) },
                    "columns" => c with { Columns = ColumnMap(v, path) },
                    "fiscal_year_start" => c with { FiscalYearStart = Int(v, path, key, 1, 12) },
                    "currency" => c with { Currency = Currency(v, path, key) },
                    "culture" => c with { Culture = Culture(v, path, key) },
                    "input_culture" => c with { InputCulture = Culture(v, path, key) },
                    "encoding" => c with { Encoding = EncodingName(v, path, key) },
                    "date_format" => c with { DateFormat = Str(v, path, key) },
                    "abc" => Abc(c, v, path),
                    "thresholds" => Thresholds(c, v, path),
                    "health_weights" => Weights(c, v, path),
                    "health_min_coverage" => c with { HealthMinCoverage = Num(v, path, key, 0, 1) },
                    "colors" => Colors(c, v, path),
                    "key_accounts" => KeyAccounts(c, v, path),
                    "source" => c with { Source = Source(v, path) },
                    "materiality" => c with { Materiality = Num(v, path, key, 0, 1) },
                    "next_review" => c with { NextReview = Date(v, path, key) },
                    "max_accounts_per_manager" => c with { MaxAccountsPerManager = Int(v, path, key, 1, 10_000) },
                    "aggregate_above_mb" => c with { AggregateAboveMb = Int(v, path, key, 0, 1_000_000) },
                    "service_models" => c with { ServiceModels = ServiceModels(v, path) },
                    "delivery" => c with { Delivery = Delivery(v, path) },
                    _ => c,
                };
            }
            if (c.AbcA > c.AbcB) throw Error(path, "abc", $"cut-off a ({c.AbcA}) must not exceed b ({c.AbcB})");
            if (c.HealthGreen < c.HealthAmber)
            {
                throw Error(path, "thresholds.health_green",
                    $"({c.HealthGreen}) must not be below thresholds.health_amber ({c.HealthAmber})");
            }
            if (c.SatisfiedIndex < c.DissatisfiedIndex)
            {
                throw Error(path, "thresholds.satisfied",
                    $"({c.SatisfiedIndex}) must not be below thresholds.dissatisfied ({c.DissatisfiedIndex})");
            }
            return c;
        }
    }

    private static SourceConfig Source(JsonElement v, string path)
    {
        RequireObject(v, path, "source");
        CheckKeys(v, ["provider", "connection", "connection_env", "tables", "queries", "timeout_seconds"], path, "source.");
        if (!v.TryGetProperty("provider", out var pv))
            throw Error(path, "source.provider", $"is required: one of {string.Join(", ", SourceConfig.Providers)}");
        var provider = Str(pv, path, "source.provider").ToLowerInvariant();
        if (!SourceConfig.Providers.Contains(provider))
            throw Error(path, "source.provider", $"must be one of {string.Join(", ", SourceConfig.Providers)}, not \"{provider}\"");
        var s = new SourceConfig { Provider = provider };
        foreach (var p in v.EnumerateObject())
        {
            var k = "source." + p.Name;
            s = p.Name switch
            {
                "connection" => s with { Connection = Str(p.Value, path, k) },
                "connection_env" => s with { ConnectionEnv = Str(p.Value, path, k) },
                "tables" => s with { Tables = StringMap(p.Value, path, k, DataContract.RoleNames) },
                "queries" => s with { Queries = StringMap(p.Value, path, k, DataContract.RoleNames) },
                "timeout_seconds" => s with { TimeoutSeconds = Int(p.Value, path, k, 1, 86_400) },
                _ => s,
            };
        }
        if (s.Connection is not null && s.ConnectionEnv is not null)
            throw Error(path, "source", "has both connection and connection_env: keep one");
        if (s.Connection is null && s.ConnectionEnv is null && provider is "postgres" or "sqlserver")
            throw Error(path, "source", "needs connection_env (the environment variable holding the connection string) or connection");
        foreach (var (role, query) in s.Queries)
            if (SqlStatement.Problem(query) is { } problem) throw Error(path, "source.queries." + role, problem);
        foreach (var role in s.Tables.Keys.Intersect(s.Queries.Keys))
            throw Error(path, "source.tables." + role, "is also in source.queries: keep one");
        foreach (var (role, table) in s.Tables)
        {
            if (!System.Text.RegularExpressions.Regex.IsMatch(table, @"^[A-Za-z_][A-Za-z0-9_$]*(\.[A-Za-z_][A-Za-z0-9_$]*){0,2}$"))
            {
                throw Error(path, "source.tables." + role,
                    $"\"{table}\" is not a table name (schema.table); use source.queries for anything else");
            }
        }
        return s;
    }

    private static KamConfig Abc(KamConfig c, JsonElement v, string path)
    {
        RequireObject(v, path, "abc");
        CheckKeys(v, ["rule", "a", "b"], path, "abc.");
        foreach (var p in v.EnumerateObject())
        {
            c = p.Name switch
            {
                "rule" => c with
                {
                    AbcRule = Str(p.Value, path, "abc.rule").ToLowerInvariant() switch
                    {
                        "count" => AbcRule.Count,
                        "revenue" => AbcRule.Revenue,
                        var other => throw Error(path, "abc.rule", $"must be \"count\" or \"revenue\", not \"{other}\""),
                    },
                },
                "a" => c with { AbcACutoff = Num(p.Value, path, "abc.a", 0, 1) },
                _ => c with { AbcBCutoff = Num(p.Value, path, "abc.b", 0, 1) },
            };
        }
        return c;
    }

    private static KamConfig Thresholds(KamConfig c, JsonElement v, string path)
    {
        RequireObject(v, path, "thresholds");
        CheckKeys(v, ThresholdKeys, path, "thresholds.");
        foreach (var p in v.EnumerateObject())
        {
            var k = "thresholds." + p.Name;
            c = p.Name switch
            {
                "declining_growth" => c with { DecliningGrowth = Num(p.Value, path, k, -1, 1) },
                "frequent_orders" => c with { FrequentOrders = Int(p.Value, path, k, 1, 1_000_000) },
                "satisfied" => c with { SatisfiedIndex = Num(p.Value, path, k, 0, 100) },
                "dissatisfied" => c with { DissatisfiedIndex = Num(p.Value, path, k, 0, 100) },
                "health_green" => c with { HealthGreen = Num(p.Value, path, k, 0, 100) },
                "health_amber" => c with { HealthAmber = Num(p.Value, path, k, 0, 100) },
                _ => c with { LowShareOfWallet = Num(p.Value, path, k, 0, 1) },
            };
        }
        return c;
    }

    private static KamConfig Weights(KamConfig c, JsonElement v, string path)
    {
        RequireObject(v, path, "health_weights");
        CheckKeys(v, WeightKeys, path, "health_weights.");
        var w = new Dictionary<string, double>(c.HealthWeights, StringComparer.Ordinal);
        foreach (var p in v.EnumerateObject()) w[p.Name] = Num(p.Value, path, "health_weights." + p.Name, 0, 1000);
        return c with { HealthWeights = w };
    }

    private static KamConfig Colors(KamConfig c, JsonElement v, string path)
    {
        RequireObject(v, path, "colors");
        CheckKeys(v, ["up"], path, "colors.");
        if (!v.TryGetProperty("up", out var up)) return c;
        var s = Str(up, path, "colors.up").ToLowerInvariant();
        return s is "green" or "red"
            ? c with { ColorsUp = s }
            : throw Error(path, "colors.up", $"must be \"green\" or \"red\", not \"{s}\"");
    }

    // service_models: { dimension: { class: { requirement: value } } }; an unknown dimension, class (of a closed set), requirement or
    // tactic is an error naming its key.
    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, ServiceModel>> ServiceModels(JsonElement v, string path)
    {
        RequireObject(v, path, "service_models");
        var result = new Dictionary<string, IReadOnlyDictionary<string, ServiceModel>>(StringComparer.Ordinal);
        foreach (var dim in v.EnumerateObject())
        {
            var dk = "service_models." + dim.Name;
            if (!ServiceModel.Dimensions.TryGetValue(dim.Name, out var classes))
                throw Error(path, dk, $"is not a dimension (use one of {string.Join(", ", ServiceModel.Dimensions.Keys)})");
            RequireObject(dim.Value, path, dk);
            var models = new Dictionary<string, ServiceModel>(StringComparer.Ordinal);
            foreach (var cls in dim.Value.EnumerateObject())
            {
                var ck = dk + "." + cls.Name;
                if (classes is not null && !classes.Contains(cls.Name))
                    throw Error(path, ck, $"is not a class of {dim.Name} (use one of {string.Join(", ", classes)})");
                RequireObject(cls.Value, path, ck);
                CheckKeys(cls.Value, ServiceModel.Requirements, path, ck + ".");
                var m = new ServiceModel();
                foreach (var r in cls.Value.EnumerateObject())
                {
                    var rk = ck + "." + r.Name;
                    m = r.Name switch
                    {
                        "dedicated_manager" => m with { DedicatedManager = r.Value.ValueKind == JsonValueKind.True
                            || (r.Value.ValueKind != JsonValueKind.False ? throw Error(path, rk, "must be true or false") : false) },
                        "contact_within_days" => m with { ContactWithinDays = Int(r.Value, path, rk, 1, 3650) },
                        "survey_within_days" => m with { SurveyWithinDays = Int(r.Value, path, rk, 1, 3650) },
                        "max_cost_to_serve_ratio" => m with { MaxCostToServeRatio = Num(r.Value, path, rk, 0, 10) },
                        _ => m with { Tactics = Tactics(r.Value, path, rk) },
                    };
                }
                models[cls.Name] = m;
            }
            result[dim.Name] = models;
        }
        return result;
    }

    private static DeliveryConfig Delivery(JsonElement v, string path)
    {
        RequireObject(v, path, "delivery");
        CheckKeys(v, DeliveryConfig.Keys, path, "delivery.");
        var d = new DeliveryConfig();
        foreach (var p in v.EnumerateObject())
        {
            var k = "delivery." + p.Name;
            d = p.Name switch
            {
                "host" => d with { Host = Str(p.Value, path, k) },
                "port" => d with { Port = Int(p.Value, path, k, 1, 65535) },
                "security" => d with { Security = Str(p.Value, path, k).ToLowerInvariant() is var s && s is "none" or "starttls" or "tls" ? s
                    : throw Error(path, k, "must be \"none\", \"starttls\" or \"tls\"") },
                "user" => d with { User = Str(p.Value, path, k) },
                "password_env" => d with { PasswordEnv = Str(p.Value, path, k) },
                "from" => d with { From = Str(p.Value, path, k) },
                "max_attachment_mb" => d with { MaxAttachmentMb = Num(p.Value, path, k, 0.01, 1000) },
                _ => d with { LinkBase = Str(p.Value, path, k) },
            };
        }
        return d;
    }

    private static IReadOnlyList<Records.Tactic> Tactics(JsonElement v, string path, string key)
    {
        if (v.ValueKind != JsonValueKind.Array) throw Error(path, key, "must be an array such as [\"pricing\", \"ordering\"]");
        var list = new List<Records.Tactic>();
        foreach (var e in v.EnumerateArray())
        {
            var s = e.ValueKind == JsonValueKind.String ? e.GetString()!.Trim() : "";
            var t = Enum.GetValues<Records.Tactic>().Where(x => Records.CodeNames.Of(x) == s).Cast<Records.Tactic?>().FirstOrDefault()
                ?? throw Error(path, key, $"\"{s}\" is not a tactic (use {string.Join(", ", Enum.GetValues<Records.Tactic>().Select(x => Records.CodeNames.Of(x)))})");
            list.Add(t);
        }
        return list;
    }

    private static KamConfig KeyAccounts(KamConfig c, JsonElement v, string path)
    {
        RequireObject(v, path, "key_accounts");
        CheckKeys(v, ["abc_classes"], path, "key_accounts.");
        if (!v.TryGetProperty("abc_classes", out var arr)) return c;
        if (arr.ValueKind != JsonValueKind.Array) throw Error(path, "key_accounts.abc_classes", "must be an array such as [\"A\"]");
        var classes = new List<string>();
        foreach (var e in arr.EnumerateArray())
        {
            var s = e.ValueKind == JsonValueKind.String ? e.GetString()!.Trim().ToUpperInvariant() : "";
            if (s is not ("A" or "B" or "C")) throw Error(path, "key_accounts.abc_classes", "items must be \"A\", \"B\" or \"C\"");
            classes.Add(s);
        }
        return c with { KeyAccountClasses = classes };
    }

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ColumnMap(JsonElement v, string path)
    {
        RequireObject(v, path, "columns");
        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in v.EnumerateObject())
        {
            var spec = DataContract.Find(p.Name)
                ?? throw Error(path, "columns." + p.Name, $"unknown file role; known: {string.Join(", ", DataContract.RoleNames)}");
            result[spec.Role] = StringMap(p.Value, path, "columns." + p.Name, spec.Columns.Select(col => col.Name).ToArray());
        }
        return result;
    }

    private static IReadOnlyDictionary<string, string> StringMap(
        JsonElement v, string path, string key, IReadOnlyCollection<string> allowed)
    {
        RequireObject(v, path, key);
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in v.EnumerateObject())
        {
            var name = allowed.FirstOrDefault(a => DataContract.NormalizeHeader(a) == DataContract.NormalizeHeader(p.Name))
                ?? throw Error(path, $"{key}.{p.Name}", $"unknown key; known: {string.Join(", ", allowed)}");
            var value = Str(p.Value, path, $"{key}.{p.Name}");
            // A control character (a NUL, a line break) names no file: one line naming the key, not a crash in the file system.
            if (key == "files" && value.Any(char.IsControl))
                throw Error(path, $"{key}.{p.Name}", "contains a control character; give a file name");
            map[name] = value;
        }
        return map;
    }

    private static void CheckKeys(JsonElement obj, IReadOnlyCollection<string> known, string path, string prefix)
    {
        foreach (var p in obj.EnumerateObject())
            if (!known.Contains(p.Name))
                throw Error(path, prefix + p.Name, $"unknown key; known: {string.Join(", ", known)}");
    }

    private static void RequireObject(JsonElement v, string path, string key)
    {
        if (v.ValueKind != JsonValueKind.Object) throw Error(path, key, "must be a JSON object");
    }

    private static DateOnly Date(JsonElement v, string path, string key) =>
        DateOnly.TryParseExact(Str(v, path, key), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var d)
            ? d : throw Error(path, key, "must be a date written yyyy-MM-dd");

    private static string Str(JsonElement v, string path, string key) =>
        v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
            ? v.GetString()!.Trim()
            : throw Error(path, key, "must be a non-empty string");

    private static double Num(JsonElement v, string path, string key, double min, double max)
    {
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var d)) throw Error(path, key, "must be a number");
        if (d < min || d > max)
        {
            throw Error(path, key, $"must be between {min.ToString(CultureInfo.InvariantCulture)} and "
                + $"{max.ToString(CultureInfo.InvariantCulture)}, not {d.ToString(CultureInfo.InvariantCulture)}");
        }
        return d;
    }

    private static int Int(JsonElement v, string path, string key, int min, int max)
    {
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var i)) throw Error(path, key, "must be a whole number");
        if (i < min || i > max) throw Error(path, key, $"must be between {min} and {max}, not {i}");
        return i;
    }

    private static string Currency(JsonElement v, string path, string key)
    {
        var s = Str(v, path, key).ToUpperInvariant();
        if (s.Length != 3 || !s.All(char.IsAsciiLetter)) throw Error(path, key, $"must be a 3-letter ISO currency code, not \"{s}\"");
        return s;
    }

    private static string Culture(JsonElement v, string path, string key)
    {
        var s = Str(v, path, key);
        try
        {
            var ci = CultureInfo.GetCultureInfo(s, predefinedOnly: true);
            return ci.Name;
        }
        catch (CultureNotFoundException)
        {
            throw Error(path, key, $"unknown culture \"{s}\" (use a name such as en, de-DE, zh-CN)");
        }
    }

    private static string EncodingName(JsonElement v, string path, string key)
    {
        var s = Str(v, path, key);
        try
        {
            _ = (new KamConfig { Encoding = s }).GetEncoding();
            return s;
        }
        catch (ArgumentException)
        {
            throw Error(path, key, $"unknown encoding \"{s}\" (use a name such as utf-8, windows-1252, iso-8859-1)");
        }
    }

    private static KamException Error(string path, string key, string reason) =>
        new($"config key \"{key}\": {reason}", ExitCodes.Usage, path);
}
