using System.Globalization;
using KamReports.Config;
using KamReports.Records;

namespace KamReports.Data;

/// <summary>
/// Parses the fields of one row against a <see cref="FileSpec"/>. Every failure is recorded as a
/// <see cref="ValidationProblem"/> and marks the row bad, so the caller leaves it out of the figures.
/// </summary>
internal sealed class RowParser
{
    private static readonly string[] IsoDateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.fffZ",
        "yyyy-MM-ddTHH:mm:sszzz",
    ];
    private const NumberStyles IntegerStyle =
        NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign;
    private const NumberStyles DecimalStyle = IntegerStyle | NumberStyles.AllowDecimalPoint;

    private readonly string _file;
    private readonly Dictionary<string, (int Index, ColumnSpec Spec, string Header)> _columns;
    private readonly List<ValidationProblem> _problems;
    private readonly CultureInfo _culture;
    private readonly string? _dateFormat;
    private readonly bool _canonical;
    private readonly DateOnly _latestEvent;
    private readonly DateOnly _today;

    /// <summary>Rows with an event date after the day of the run (and within a year of it): the count, the first line, the latest
    /// date.</summary>
    public int AheadRows { get; private set; }
    public int FirstAheadLine { get; private set; }
    public DateOnly LatestAhead { get; private set; }
    private string?[] _fields = [];
    private object?[]? _typed;

    /// <summary>Dates before this are typos, not history (data-contract.md, Bad input).</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    /// <summary>Amounts beyond this magnitude are typos or overflow, not money (and would overflow sums).</summary>
    public const decimal MaxMagnitude = 1_000_000_000_000_000m;

    public RowParser(
        string file, FileSpec spec, IReadOnlyDictionary<string, (int Index, string Header)> columnIndex, List<ValidationProblem> problems,
        CultureInfo culture, string? dateFormat, bool canonical, DateOnly today)
    {
        _latestEvent = today.AddYears(1);
        _today = today;
        _file = file;
        _problems = problems;
        _culture = culture;
        _dateFormat = dateFormat;
        _canonical = canonical;
        _columns = new Dictionary<string, (int, ColumnSpec, string)>();
        foreach (var col in spec.Columns)
            _columns[col.Name] = columnIndex.TryGetValue(col.Name, out var ix) ? (ix.Index, col, ix.Header) : (-1, col, col.Name);
    }

    public int Line { get; private set; }
    public bool Bad { get; private set; }

    public void Start(int line, string?[] fields, object?[]? typed = null)
    {
        Line = line;
        _fields = fields;
        _typed = typed;
        Bad = false;
        _failed.Clear();
    }

    // Columns of the current row already reported: a cell costs one problem, however many accessors read it.
    private readonly HashSet<string> _failed = new(StringComparer.Ordinal);

    // A typed value (from a database) of a column, or null when the field is text.
    private object? TypedValue(string column)
    {
        if (_typed is null) return null;
        var index = _columns[column].Index;
        var value = index >= 0 && index < _typed.Length && _fields[index] is null ? _typed[index] : null;
        if (value is not UnreadableValue bad) return value;
        Fail(column, bad.Reason);
        return null;
    }

    /// <summary>
    /// The text of field <paramref name="index"/>; a typed value is written invariantly (dates ISO) the first time it is asked for.
    /// </summary>
    public string Field(int index)
    {
        if (_fields[index] is { } s) return s;
        return _fields[index] = _typed?[index] is { } v ? InvariantText.Of(v) : "";
    }

    /// <summary>Records a problem with this row's <paramref name="column"/>.</summary>
    public void Fail(string column, string reason)
    {
        if (!_failed.Add(column)) return;
        var (index, spec, header) = _columns[column];
        var value = index >= 0 && index < _fields.Length ? Field(index) : "";
        if (OptionalCellCostsOnlyItself && !spec.Required)
        {
            // An account is never lost (with every row that names it) for a bad optional cell: the cell is read as empty.
            _problems.Add(new ValidationProblem(_file, Line, header, value, reason + "; the cell is read as empty and the row kept"));
            return;
        }
        Fail(header, value, reason);
    }

    /// <summary>Whether this row's <paramref name="column"/> has been reported (a bad value, or a check on it failed).</summary>
    public bool Failed(string column) => _failed.Contains(column);

    /// <summary>A bad optional cell is reported and read as empty, the row kept (the accounts file: a lost account loses all its
    /// rows).</summary>
    public bool OptionalCellCostsOnlyItself { get; init; }

    public void Fail(string header, string value, string reason)
    {
        _problems.Add(new ValidationProblem(_file, Line, header, value, reason));
        Bad = true;
    }

    public string? Raw(string column)
    {
        var (index, spec, _) = _columns[column];
        if (_failed.Contains(column)) return null;
        if (index < 0 || index >= _fields.Length) return Missing(column, spec);
        if (_fields[index] is null && _typed?[index] is UnreadableValue bad)
        {
            Fail(column, bad.Reason);
            return null;
        }
        var s = Field(index).Trim();
        return s.Length == 0 ? Missing(column, spec) : s;
    }

    private string? Missing(string column, ColumnSpec spec)
    {
        if (spec.Required) Fail(column, "required value is empty");
        return null;
    }

    public string? Text(string column) => Raw(column);

    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);

    /// <summary>Text of a low-cardinality column (account ids, product lines), shared across rows: a million
    /// revenue lines then hold a few thousand strings instead of millions, which keeps loading off the GC.</summary>
    public string? Pooled(string column)
    {
        var s = Raw(column);
        if (s is null) return null;
        if (_pool.TryGetValue(s, out var shared)) return shared;
        _pool[s] = s;
        return s;
    }

    public DateOnly? Date(string column)
    {
        var d = ParseDate(column);
        if (d is not { } date) return null;
        if (date < EarliestDate)
        {
            Fail(column, "date before 1900");
            return null;
        }
        if (!_columns[column].Spec.Event && column == "customer_since" && date > _today)
        {
            Fail(column, $"a customer since a day after today ({_today:yyyy-MM-dd})");
            return null;
        }
        if (_columns[column].Spec.Event && date > _latestEvent)
        {
            Fail(column, $"date more than a year after today ({_latestEvent.AddYears(-1):yyyy-MM-dd}): a typo?");
            return null;
        }
        if (_columns[column].Spec.Event && date > _today)
        {
            // Later than the day of the run but within a year: kept, and counted for one warning per file.
            if (AheadRows == 0) FirstAheadLine = Line;
            AheadRows++;
            if (date > LatestAhead) LatestAhead = date;
        }
        return date;
    }

    private DateOnly? ParseDate(string column)
    {
        switch (TypedValue(column))
        {
            case DateOnly typedDate: return typedDate;
            case DateTime typedTime: return DateOnly.FromDateTime(typedTime);
        }
        var s = Raw(column);
        if (s is null) return null;
        if (!_canonical && _dateFormat is not null)
        {
            if (DateTime.TryParseExact(s, _dateFormat, _culture, DateTimeStyles.AllowWhiteSpaces, out var custom))
                return DateOnly.FromDateTime(custom);
            // ISO dates stay accepted next to the configured format: they cannot be mistaken for another date.
            if (s.Length == 10 && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
                return iso;
            Fail(column, $"not a date in the format {_dateFormat}");
            return null;
        }
        if (s.Length == 10 && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        if (DateTime.TryParseExact(s, IsoDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dt))
            return DateOnly.FromDateTime(dt);
        Fail(column, "not a valid ISO date (yyyy-MM-dd)");
        return null;
    }

    public decimal? Decimal(string column)
    {
        if (TypedNumber(column) is { } typedNumber) return InRange(column, typedNumber);
        var s = Raw(column);
        if (s is null) return null;
        // A configured input culture reads its own thousands separators too (de-DE: 1.234,5), as the README promises.
        var style = !_canonical && _culture.Name.Length > 0 ? DecimalStyle | NumberStyles.AllowThousands : DecimalStyle;
        if (decimal.TryParse(s, style, _canonical ? CultureInfo.InvariantCulture : _culture, out var m)
            || (_canonical && decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out m)))
            return InRange(column, m);
        Fail(column, _culture.Name.Length == 0 || _canonical
            ? "not a number (use . for decimals, no thousands separators)"
            : $"not a number in culture {_culture.Name}");
        return null;
    }

    // A database number taken as it is; a double goes through its shortest text, as a CSV would give it (0.1 stays 0.1).
    private decimal? TypedNumber(string column) => TypedValue(column) switch
    {
        decimal d => d,
        int i => i,
        long l => l,
        short h => h,
        byte b => b,
        double x when double.IsFinite(x) && Math.Abs(x) < 1e18 =>
            decimal.Parse(x.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture),
        float f when float.IsFinite(f) && Math.Abs(f) < 1e18 =>
            decimal.Parse(f.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture),
        // NaN, infinity or beyond any amount: the row is bad, never read as missing.
        double or float => OutOfRange(column),
        _ => null,
    };

    private decimal? OutOfRange(string column)
    {
        Fail(column, "out of range (not a finite number of magnitude below 10^15)");
        return null;
    }

    private decimal? InRange(string column, decimal m)
    {
        var spec = _columns[column].Spec;
        if (Math.Abs(m) > MaxMagnitude)
        {
            Fail(column, "out of range (magnitude above 10^15)");
            return null;
        }
        if ((spec.Min is { } min && (double)m < min) || (spec.Max is { } max && (double)m > max))
        {
            Fail(column, $"out of range {Range(spec)}");
            return null;
        }
        return m;
    }

    public double? Number(string column)
    {
        var m = Decimal(column);
        return m is null ? null : (double)m.Value;
    }

    public int? Integer(string column)
    {
        if (TypedNumber(column) is { } typed)
        {
            if (typed != decimal.Truncate(typed) || Math.Abs(typed) > int.MaxValue)
            {
                Fail(column, "not a whole number");
                return null;
            }
            return IntInRange(column, (int)typed);
        }
        var s = Raw(column);
        if (s is null) return null;
        if (!int.TryParse(s, IntegerStyle, CultureInfo.InvariantCulture, out var i))
        {
            if (_canonical && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var dbl)
                && dbl == Math.Floor(dbl) && Math.Abs(dbl) < int.MaxValue)
            {
                i = (int)dbl;
            }
            else
            {
                Fail(column, "not a whole number");
                return null;
            }
        }
        return IntInRange(column, i);
    }

    private int? IntInRange(string column, int i)
    {
        var spec = _columns[column].Spec;
        if ((spec.Min is { } min && i < min) || (spec.Max is { } max && i > max))
        {
            Fail(column, $"out of range {Range(spec)}");
            return null;
        }
        return i;
    }

    public bool? Bool(string column)
    {
        if (TypedValue(column) is bool typed) return typed;
        var s = Raw(column);
        if (s is null) return null;
        switch (s.ToLowerInvariant())
        {
            case "true" or "yes" or "1" or "y": return true;
            case "false" or "no" or "0" or "n": return false;
            default:
                Fail(column, "not a boolean (true/false/yes/no/1/0)");
                return null;
        }
    }

    /// <summary>Parses a closed set; accepts the contract spelling case-insensitively, with spaces or hyphens for underscores.</summary>
    public T? Choice<T>(string column) where T : struct, Enum =>
        ChoiceText(column) is { } c ? Enum.Parse<T>(c.Replace("_", ""), ignoreCase: true) : null;

    /// <summary>A closed-set value in the contract's spelling (an objective's kpi key); anything else is a bad value.</summary>
    public string? ChoiceText(string column)
    {
        var s = Raw(column);
        if (s is null) return null;
        var spec = _columns[column].Spec;
        var norm = DataContract.NormalizeHeader(s);
        foreach (var choice in spec.Choices!)
            if (DataContract.NormalizeHeader(choice) == norm) return choice;
        Fail(column, spec.Choices.Count > 12 ? "not a kpis.md key" : $"not one of {string.Join(", ", spec.Choices)}");
        return null;
    }

    public TargetPeriod? Period(string column)
    {
        var s = Raw(column);
        if (s is null) return null;
        var p = PeriodParser.TryParseTargetPeriod(s);
        if (p is null) Fail(column, "not a period (2026-Q3, 2026-07 or 2026)");
        return p;
    }

    private static string Range(ColumnSpec spec) =>
        $"{spec.Min?.ToString(CultureInfo.InvariantCulture) ?? ""}..{spec.Max?.ToString(CultureInfo.InvariantCulture) ?? ""}";
}
