namespace KamReports.Records;

/// <summary>
/// The revenue role reduced to what Compute takes from it (kpis.md): per account, month and product line the sums of positive and of
/// other amounts, the cost to serve, the positive rows without an order id, and the first and last day with a row; and the distinct
/// orders, as the number of an account's orders with positive rows in exactly the same set of months. Every window of a fiscal
/// quarter is a set of whole months, so any quarter's figures follow exactly, and a small file's lines and a large file reduced
/// inside DuckDB give the same figures.
/// </summary>
public sealed record RevenueSummary(IReadOnlyList<RevenueCell> Cells, IReadOnlyList<RevenueOrders> Orders, long Lines)
{
    public static readonly RevenueSummary Empty = new([], [], 0);

    /// <summary>The first and last day of any row (null without rows).</summary>
    public DateOnly? FirstDate { get; } = Cells.Count == 0 ? null : Cells.Min(c => c.FirstDate);
    public DateOnly? LastDate { get; } = Cells.Count == 0 ? null : Cells.Max(c => c.LastDate);

    /// <summary>Every product line with a row, in ordinal order.</summary>
    public IReadOnlyList<string> ProductLines { get; } =
        Cells.Select(c => c.ProductLine).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The reduction of lines read one by one (a small file, a database's rows, the rows DuckDB left to .NET).</summary>
    public static RevenueSummary From(IEnumerable<RevenueLine> lines)
    {
        var b = new Builder();
        foreach (var l in lines) b.Add(l);
        return b.Build();
    }

    /// <summary>Month number of a date (year x 12 + month - 1): the key of a cell.</summary>
    public static int MonthOf(DateOnly d) => d.Year * 12 + d.Month - 1;

    public static DateOnly FirstDayOf(int month) => new(month / 12, month % 12 + 1, 1);

    /// <summary>Reduces lines one at a time; cells and orders may also be added already reduced (DuckDB's), and are merged.</summary>
    public sealed class Builder
    {
        // Mutable while lines are added (a million lines allocate no record each); records when built.
        private sealed class Acc(DateOnly date)
        {
            public decimal Positive, Other, Cost;
            public bool HasPositive, HasCost;
            public DateOnly First = date, Last = date;
            public int Anonymous;
        }

        private readonly Dictionary<(string Account, int Month, string Line), Acc> _cells = new();
        // An order's month, and its further months only for the few orders with positive rows in more than one month.
        private readonly Dictionary<(string Account, string Order), int> _orderMonth = new();
        private readonly Dictionary<(string Account, string Order), SortedSet<int>> _orderMonths = new();
        private readonly Dictionary<(string Account, string Months), int> _reducedOrders = new();
        private long _lines;

        private Acc Cell(string account, int month, string line, DateOnly date)
        {
            var key = (account, month, line);
            if (!_cells.TryGetValue(key, out var c)) _cells[key] = c = new Acc(date);
            return c;
        }

        public void Add(RevenueLine l)
        {
            _lines++;
            var month = MonthOf(l.Date);
            var c = Cell(l.AccountId, month, l.ProductLine, l.Date);
            var positive = l.Amount > 0;
            if (positive) { c.Positive += l.Amount; c.HasPositive = true; }
            else c.Other += l.Amount;
            if (l.CostToServe is { } cost) { c.Cost += cost; c.HasCost = true; }
            if (l.Date < c.First) c.First = l.Date;
            if (l.Date > c.Last) c.Last = l.Date;
            if (!positive) return;
            if (l.OrderId is { } order) AddOrderMonths(l.AccountId, order, [month]);
            else c.Anonymous++;
        }

        /// <summary>A cell reduced elsewhere (of <paramref name="lines"/> lines), merged with what is here.</summary>
        public void Add(RevenueCell r, long lines)
        {
            _lines += lines;
            var c = Cell(r.AccountId, r.Month, r.ProductLine, r.FirstDate);
            c.Positive += r.Positive;
            c.Other += r.Other;
            c.HasPositive |= r.HasPositive;
            if (r.Cost is { } cost) { c.Cost += cost; c.HasCost = true; }
            if (r.FirstDate < c.First) c.First = r.FirstDate;
            if (r.LastDate > c.Last) c.Last = r.LastDate;
            c.Anonymous += r.AnonymousOrders;
        }

        /// <summary>Months with positive rows of one order (an order with lines both here and elsewhere is one order).</summary>
        public void AddOrderMonths(string account, string order, IEnumerable<int> months)
        {
            var key = (account, order);
            foreach (var m in months)
            {
                if (!_orderMonth.TryGetValue(key, out var first)) _orderMonth[key] = m;
                else if (first != m)
                {
                    if (!_orderMonths.TryGetValue(key, out var set)) _orderMonths[key] = set = [first];
                    set.Add(m);
                }
            }
        }

        /// <summary>Orders reduced elsewhere: <paramref name="count"/> orders of the account with positive rows in exactly these
        /// months.</summary>
        public void AddOrders(string account, IEnumerable<int> months, int count)
        {
            var key = (account, string.Join(',', months.Order()));
            _reducedOrders[key] = _reducedOrders.GetValueOrDefault(key) + count;
        }

        public RevenueSummary Build()
        {
            var orders = new Dictionary<(string Account, string Months), int>(_reducedOrders);
            foreach (var (key, month) in _orderMonth)
            {
                var months = _orderMonths.TryGetValue(key, out var set) ? string.Join(',', set) : month.ToString(System.Globalization.CultureInfo.InvariantCulture);
                orders[(key.Account, months)] = orders.GetValueOrDefault((key.Account, months)) + 1;
            }
            var cells = _cells
                .Select(kv => new RevenueCell(kv.Key.Account, kv.Key.Month, kv.Key.Line, kv.Value.Positive, kv.Value.Other,
                    kv.Value.HasPositive, kv.Value.HasCost ? kv.Value.Cost : null, kv.Value.First, kv.Value.Last, kv.Value.Anonymous))
                .OrderBy(c => c.AccountId, StringComparer.Ordinal).ThenBy(c => c.Month).ThenBy(c => c.ProductLine, StringComparer.Ordinal)
                .ToArray();
            var reduced = orders.Where(kv => kv.Value > 0)
                .Select(kv => new RevenueOrders(kv.Key.Account,
                    kv.Key.Months.Split(',').Select(m => int.Parse(m, System.Globalization.CultureInfo.InvariantCulture)).ToArray(), kv.Value))
                .OrderBy(o => o.AccountId, StringComparer.Ordinal).ThenBy(o => string.Join(',', o.Months), StringComparer.Ordinal).ToArray();
            return new RevenueSummary(cells, reduced, _lines);
        }
    }
}

/// <summary>One account's revenue on one product line in one month (<see cref="RevenueSummary.MonthOf"/>): positive amounts, the
/// other amounts (returns, credit notes, zero), cost to serve (null: no row had one), the positive rows without an order id.</summary>
public sealed record RevenueCell(string AccountId, int Month, string ProductLine, decimal Positive, decimal Other, bool HasPositive,
    decimal? Cost, DateOnly FirstDate, DateOnly LastDate, int AnonymousOrders);

/// <summary><see cref="Count"/> distinct orders of an account whose positive rows fall in exactly <see cref="Months"/>.</summary>
public sealed record RevenueOrders(string AccountId, IReadOnlyList<int> Months, int Count);
