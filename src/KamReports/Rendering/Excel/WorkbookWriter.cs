using System.Globalization;
using ClosedXML.Excel;
using KamReports.Compute;
using KamReports.Model;
using KamReports.Output;

namespace KamReports.Rendering.Excel;

/// <summary>
/// Writes the review workbook (outputs.md) with ClosedXML from the computed portfolio: typed cells
/// (text from input data is always a string, never a formula), number formats, tables, frozen panes,
/// conditional colours, widths computed without GDI+, and native charts bound to the cells.
/// </summary>
public static class WorkbookWriter
{
    public const string Summary = "Summary", Accounts = "Accounts", Segments = "Segments", Abc = "ABC", Revenue = "Revenue", Actions = "Actions", Validation = "Validation";
    private static readonly XLColor HeaderFill = XLColor.FromHtml("#1B3A5C");
    private static readonly string[] AccountLeading = ["account_id", "name", "is_key_account", "executive_sponsor", "key_account_manager", "region", "industry"];

    public static void Write(string path, Portfolio p, IReadOnlyList<ValidationProblem> problems)
    {
        var charts = new List<ChartAnchor>();
        using var buffer = new MemoryStream();
        using (var wb = new XLWorkbook())
        {
            wb.Properties.Title = $"Key account review {p.Period}";
            wb.Properties.Author = "KamReports";
            WriteSummary(wb.AddWorksheet(Summary), p, charts);
            WriteAccounts(wb.AddWorksheet(Accounts), p);
            WriteSegments(wb.AddWorksheet(Segments), p);
            WriteAbc(wb.AddWorksheet(Abc), p, charts);
            WriteRevenue(wb.AddWorksheet(Revenue), p);
            WriteActions(wb.AddWorksheet(Actions), p);
            WriteValidation(wb.AddWorksheet(Validation), problems);
            wb.SaveAs(buffer);
        }
        buffer.Position = 0;
        NativeCharts.Add(buffer, charts);
        AtomicFile.WriteAllBytes(path, buffer.ToArray());
    }

    private static void WriteSummary(IXLWorksheet ws, Portfolio p, List<ChartAnchor> charts)
    {
        ws.Cell(1, 1).SetValue($"Key account review {p.Period}");
        ws.Cell(1, 1).Style.Font.SetBold().Font.SetFontSize(16).Font.SetFontColor(HeaderFill);
        ws.Cell(2, 1).SetValue($"{p.Period.Start:yyyy-MM-dd} to {p.Period.End:yyyy-MM-dd} · currency {p.Config.Currency}");
        var t = p.Totals;
        var row = 4;
        Section(ws, ref row, "Portfolio KPIs");
        Pair(ws, ref row, "Accounts", t.Accounts, ColumnFormat.Count);
        Pair(ws, ref row, "Key accounts", t.KeyAccounts, ColumnFormat.Count);
        Pair(ws, ref row, "Revenue (quarter)", t.Revenue, ColumnFormat.Money);
        Pair(ws, ref row, "Revenue same quarter last year", t.RevenuePrevYear, ColumnFormat.Money);
        Pair(ws, ref row, "Growth vs last year", t.GrowthYoy, ColumnFormat.Percent);
        Pair(ws, ref row, "Revenue TTM", t.RevenueTtm, ColumnFormat.Money);
        Pair(ws, ref row, "Growth TTM", t.GrowthTtm, ColumnFormat.Percent);
        Pair(ws, ref row, "Target (accounts with a target)", t.Target, ColumnFormat.Money);
        Pair(ws, ref row, "Attainment", t.Attainment, ColumnFormat.Percent);
        Pair(ws, ref row, "Mean NPS", t.MeanNps, ColumnFormat.Score);
        Pair(ws, ref row, "Mean health score", t.MeanHealth, ColumnFormat.Score);
        Pair(ws, ref row, "Health green / amber / red", $"{t.Green} / {t.Amber} / {t.Red}", null);
        row++;
        Section(ws, ref row, "Concentration");
        Pair(ws, ref row, "Top account share", p.Concentration.Top1Share, ColumnFormat.Percent);
        Pair(ws, ref row, "Top 5 share", p.Concentration.Top5Share, ColumnFormat.Percent);
        Pair(ws, ref row, "Top 10 share", p.Concentration.Top10Share, ColumnFormat.Percent);
        Pair(ws, ref row, "Herfindahl index", p.Concentration.Herfindahl, ColumnFormat.Count);
        row++;
        Section(ws, ref row, "Loss scenario (top key accounts)");
        foreach (var l in p.LossScenarios)
        {
            Pair(ws, ref row, $"Without top {l.N}: revenue TTM", l.RevenueTtmRemaining, ColumnFormat.Money);
            ws.Cell(row - 1, 3).SetValue(l.Drop ?? 0).Style.NumberFormat.Format = ColumnFormat.Percent;
            if (l.Drop is null) ws.Cell(row - 1, 3).Clear();
        }
        row++;
        Section(ws, ref row, "KAM health check (share of key accounts)");
        var c = p.HealthCheck;
        Pair(ws, ref row, "With an action plan", c.WithActionPlan, ColumnFormat.Percent);
        Pair(ws, ref row, "With a decision maker among contacts", c.WithDecisionMaker, ColumnFormat.Percent);
        Pair(ws, ref row, "Contacted in the last 90 days", c.WithRecentContact, ColumnFormat.Percent);
        Pair(ws, ref row, "With a survey response in TTM", c.WithSurveyResponse, ColumnFormat.Percent);
        Pair(ws, ref row, "With a target", c.WithTarget, ColumnFormat.Percent);

        // Quarter table: the trend chart is bound to these cells.
        var qRow = 4;
        ws.Cell(qRow, 5).SetValue("Quarter");
        ws.Cell(qRow, 6).SetValue("Revenue");
        ws.Cell(qRow, 7).SetValue("Target");
        Header(ws.Range(qRow, 5, qRow, 7));
        for (var i = 0; i < p.Quarters.Count; i++)
        {
            var q = p.Quarters[i];
            ws.Cell(qRow + 1 + i, 5).SetValue(q.Label);
            ws.Cell(qRow + 1 + i, 6).SetValue(q.Revenue).Style.NumberFormat.Format = ColumnFormat.Money;
            if (q.Target is { } tg) ws.Cell(qRow + 1 + i, 7).SetValue(tg).Style.NumberFormat.Format = ColumnFormat.Money;
        }
        var last = qRow + p.Quarters.Count;
        charts.Add(new ChartAnchor(Summary, "Portfolio revenue by quarter", $"'{Summary}'!$E${qRow + 1}:$E${last}", $"'{Summary}'!$F${qRow + 1}:$F${last}", "Revenue", $"'{Summary}'!$F${qRow}",
            p.Availability.Targets ? $"'{Summary}'!$G${qRow + 1}:$G${last}" : null, p.Availability.Targets ? "Target" : null, $"'{Summary}'!$G${qRow}",
            p.Quarters.Select(q => q.Label).ToArray(), p.Quarters.Select(q => (double)q.Revenue).ToArray(),
            p.Availability.Targets ? p.Quarters.Select(q => (double)(q.Target ?? 0)).ToArray() : null, 8, 3, 17, 22, PrimaryAsColumns: false));
        ws.Column(1).Width = 42;
        ws.Column(2).Width = 18;
        ws.Column(3).Width = 10;
        ws.Column(5).Width = 11;
        ws.Column(6).Width = 16;
        ws.Column(7).Width = 16;
    }

    private static void WriteAccounts(IXLWorksheet ws, Portfolio p)
    {
        var headers = AccountLeading.Concat(KpiCatalog.All.Select(k => k.Key)).Append("health_light").ToArray();
        for (var i = 0; i < headers.Length; i++) ws.Cell(1, i + 1).SetValue(headers[i]);
        var r = 2;
        foreach (var a in p.Accounts)
        {
            Text(ws.Cell(r, 1), a.Account.AccountId);
            Text(ws.Cell(r, 2), a.Account.Name);
            ws.Cell(r, 3).SetValue(a.IsKeyAccount);
            Text(ws.Cell(r, 4), a.Account.ExecutiveSponsor);
            Text(ws.Cell(r, 5), a.Account.KeyAccountManager);
            Text(ws.Cell(r, 6), a.Account.Region);
            Text(ws.Cell(r, 7), a.Account.Industry);
            var col = AccountLeading.Length + 1;
            foreach (var k in KpiCatalog.All) Value(ws.Cell(r, col++), k.Value(a.Kpis));
            Text(ws.Cell(r, col), KpiLights.Name(a.Kpis.HealthLight));
            r++;
        }
        var lastRow = Math.Max(2, r - 1);
        var range = ws.Range(1, 1, lastRow, headers.Length);
        if (p.Accounts.Count > 0) range.CreateTable("AccountsTable").Theme = XLTableTheme.TableStyleLight9;
        else Header(ws.Range(1, 1, 1, headers.Length));
        var c = AccountLeading.Length + 1;
        foreach (var k in KpiCatalog.All)
        {
            if (ColumnFormat.For(k.Unit) is { } fmt) ws.Range(2, c, lastRow, c).Style.NumberFormat.Format = fmt;
            c++;
        }
        if (p.Accounts.Count > 0)
        {
            var health = ColumnOf(headers, "health_score");
            var hr = ws.Range(2, health, lastRow, health);
            hr.AddConditionalFormat().WhenEqualOrGreaterThan(p.Config.HealthGreen).Fill.SetBackgroundColor(XLColor.FromHtml("#D5EFEA"));
            hr.AddConditionalFormat().WhenBetween(p.Config.HealthAmber, p.Config.HealthGreen - 1e-9).Fill.SetBackgroundColor(XLColor.FromHtml("#FBEFD0"));
            hr.AddConditionalFormat().WhenLessThan(p.Config.HealthAmber).Fill.SetBackgroundColor(XLColor.FromHtml("#F6D5D4"));
            foreach (var key in new[] { "growth_yoy", "growth_qoq", "growth_ttm" })
            {
                var g = ColumnOf(headers, key);
                var gr = ws.Range(2, g, lastRow, g);
                gr.AddConditionalFormat().WhenGreaterThan(0).Font.SetFontColor(XLColor.FromHtml("#1E7D70"));
                gr.AddConditionalFormat().WhenLessThan(0).Font.SetFontColor(XLColor.FromHtml("#B83C37"));
            }
        }
        ws.SheetView.Freeze(1, 2);
        Widths(ws, headers.Length, lastRow);
    }

    private static void WriteSegments(IXLWorksheet ws, Portfolio p)
    {
        string[] headers = ["dimension", "segment", "accounts", "revenue", "revenue_ttm", "growth_yoy", "revenue_share", "mean_nps"];
        for (var i = 0; i < headers.Length; i++) ws.Cell(1, i + 1).SetValue(headers[i]);
        var r = 2;
        foreach (var s in p.Segments)
        {
            Text(ws.Cell(r, 1), s.Dimension);
            Text(ws.Cell(r, 2), s.Segment);
            ws.Cell(r, 3).SetValue(s.Accounts);
            ws.Cell(r, 4).SetValue(s.Revenue);
            ws.Cell(r, 5).SetValue(s.RevenueTtm);
            Value(ws.Cell(r, 6), s.GrowthYoy);
            Value(ws.Cell(r, 7), s.RevenueShare);
            Value(ws.Cell(r, 8), s.MeanNps);
            r++;
        }
        var last = Math.Max(2, r - 1);
        if (p.Segments.Count > 0) ws.Range(1, 1, last, headers.Length).CreateTable("SegmentsTable").Theme = XLTableTheme.TableStyleLight9;
        Formats(ws, last, (3, ColumnFormat.Count), (4, ColumnFormat.Money), (5, ColumnFormat.Money), (6, ColumnFormat.Percent), (7, ColumnFormat.Percent), (8, ColumnFormat.Score));
        ws.SheetView.FreezeRows(1);
        Widths(ws, headers.Length, last);
    }

    private static void WriteAbc(IXLWorksheet ws, Portfolio p, List<ChartAnchor> charts)
    {
        string[] headers = ["Rank", "Account ID", "Account", "Revenue TTM", "Share", "Cumulative share", "ABC class", "Key account"];
        for (var i = 0; i < headers.Length; i++) ws.Cell(1, i + 1).SetValue(headers[i]);
        var r = 2;
        foreach (var e in p.Abc)
        {
            ws.Cell(r, 1).SetValue(e.Rank);
            Text(ws.Cell(r, 2), e.Account.Account.AccountId);
            Text(ws.Cell(r, 3), e.Account.Account.Name);
            ws.Cell(r, 4).SetValue(e.Account.Kpis.RevenueTtm);
            Value(ws.Cell(r, 5), e.Share);
            Value(ws.Cell(r, 6), e.Cumulative);
            Text(ws.Cell(r, 7), e.Account.Kpis.AbcClass);
            ws.Cell(r, 8).SetValue(e.Account.IsKeyAccount);
            r++;
        }
        var last = Math.Max(2, r - 1);
        if (p.Abc.Count > 0) ws.Range(1, 1, last, headers.Length).CreateTable("AbcTable").Theme = XLTableTheme.TableStyleLight9;
        Formats(ws, last, (4, ColumnFormat.Money), (5, ColumnFormat.Percent), (6, ColumnFormat.Percent));
        ws.SheetView.FreezeRows(1);
        Widths(ws, headers.Length, last);
        if (p.Abc.Count > 0)
            charts.Add(new ChartAnchor(Abc, "Pareto of revenue TTM", $"'{Abc}'!$C$2:$C${last}", $"'{Abc}'!$D$2:$D${last}", "Revenue TTM", $"'{Abc}'!$D$1", $"'{Abc}'!$F$2:$F${last}", "Cumulative share", $"'{Abc}'!$F$1",
                p.Abc.Select(e => e.Account.Account.Name).ToArray(), p.Abc.Select(e => (double)e.Account.Kpis.RevenueTtm).ToArray(), p.Abc.Select(e => e.Cumulative ?? 0).ToArray(),
                9, 1, 22, 26, PrimaryAsColumns: true));
    }

    private static void WriteRevenue(IXLWorksheet ws, Portfolio p)
    {
        ws.Cell(1, 1).SetValue("account_id");
        ws.Cell(1, 2).SetValue("name");
        for (var i = 0; i < p.Quarters.Count; i++) ws.Cell(1, 3 + i).SetValue(p.Quarters[i].Label);
        var r = 2;
        foreach (var a in p.Accounts)
        {
            Text(ws.Cell(r, 1), a.Account.AccountId);
            Text(ws.Cell(r, 2), a.Account.Name);
            for (var i = 0; i < a.Quarters.Count; i++) ws.Cell(r, 3 + i).SetValue(a.Quarters[i].Revenue);
            r++;
        }
        var cols = 2 + p.Quarters.Count;
        var last = Math.Max(2, r - 1);
        if (p.Accounts.Count > 0) ws.Range(1, 1, last, cols).CreateTable("RevenueTable").Theme = XLTableTheme.TableStyleLight9;
        ws.Cell(r, 2).SetValue("Portfolio total");
        for (var i = 0; i < p.Quarters.Count; i++) ws.Cell(r, 3 + i).SetValue(p.Quarters[i].Revenue);
        ws.Range(r, 1, r, cols).Style.Font.SetBold().Border.SetTopBorder(XLBorderStyleValues.Medium);
        ws.Range(2, 3, r, cols).Style.NumberFormat.Format = ColumnFormat.Money;
        ws.SheetView.Freeze(1, 2);
        Widths(ws, cols, r);
    }

    private static void WriteActions(IXLWorksheet ws, Portfolio p)
    {
        string[] headers = ["account_id", "account", "objective", "action", "owner", "due", "status", "completed", "overdue"];
        for (var i = 0; i < headers.Length; i++) ws.Cell(1, i + 1).SetValue(headers[i]);
        var r = 2;
        foreach (var a in p.Accounts)
        {
            foreach (var act in a.Actions)
            {
                Text(ws.Cell(r, 1), a.Account.AccountId);
                Text(ws.Cell(r, 2), a.Account.Name);
                Text(ws.Cell(r, 3), act.Item.Objective);
                Text(ws.Cell(r, 4), act.Item.Action);
                Text(ws.Cell(r, 5), act.Item.Owner);
                Date(ws.Cell(r, 6), act.Item.Due);
                Text(ws.Cell(r, 7), act.Item.Status switch { ActionStatus.InProgress => "in_progress", var s => s.ToString().ToLowerInvariant() });
                Date(ws.Cell(r, 8), act.Item.Completed);
                ws.Cell(r, 9).SetValue(act.Overdue);
                if (act.Overdue) ws.Range(r, 1, r, headers.Length).Style.Fill.SetBackgroundColor(XLColor.FromHtml("#FBE3E2"));
                r++;
            }
        }
        var last = Math.Max(2, r - 1);
        if (r > 2) ws.Range(1, 1, last, headers.Length).CreateTable("ActionsTable").Theme = XLTableTheme.TableStyleLight9;
        else
        {
            Header(ws.Range(1, 1, 1, headers.Length));
            ws.Cell(2, 1).SetValue(p.Availability.Actions ? "No actions recorded." : "No actions file was provided.");
        }
        ws.SheetView.FreezeRows(1);
        Widths(ws, headers.Length, last);
    }

    private static void WriteValidation(IXLWorksheet ws, IReadOnlyList<ValidationProblem> problems)
    {
        string[] headers = ["file", "line", "column", "value", "reason"];
        for (var i = 0; i < headers.Length; i++) ws.Cell(1, i + 1).SetValue(headers[i]);
        var r = 2;
        foreach (var v in problems)
        {
            Text(ws.Cell(r, 1), v.File);
            ws.Cell(r, 2).SetValue(v.Line);
            Text(ws.Cell(r, 3), v.Column);
            Text(ws.Cell(r, 4), v.Value);
            Text(ws.Cell(r, 5), v.Reason);
            r++;
        }
        if (problems.Count > 0) ws.Range(1, 1, r - 1, headers.Length).CreateTable("ValidationTable").Theme = XLTableTheme.TableStyleLight9;
        else
        {
            Header(ws.Range(1, 1, 1, headers.Length));
            ws.Cell(2, 1).SetValue("No rejected rows: every input row passed validation.");
        }
        ws.SheetView.FreezeRows(1);
        Widths(ws, headers.Length, Math.Max(2, r - 1));
    }

    // Input text is written as a string value, so "=HYPERLINK(...)" in a customer name stays text.
    private static void Text(IXLCell cell, string? value)
    {
        if (value is null) return;
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
    }

    private static void Date(IXLCell cell, DateOnly? date)
    {
        if (date is not { } d) return;
        cell.SetValue(d.ToDateTime(TimeOnly.MinValue));
        cell.Style.NumberFormat.Format = ColumnFormat.Date;
    }

    private static void Value(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null: return;
            case decimal m: cell.SetValue(m); break;
            case double d when double.IsFinite(d): cell.SetValue(d); break;
            case int i: cell.SetValue(i); break;
            case string s: Text(cell, s); break;
        }
    }

    private static void Section(IXLWorksheet ws, ref int row, string title)
    {
        ws.Cell(row, 1).SetValue(title);
        ws.Range(row, 1, row, 3).Style.Font.SetBold().Font.SetFontColor(XLColor.White).Fill.SetBackgroundColor(HeaderFill);
        row++;
    }

    private static void Pair(IXLWorksheet ws, ref int row, string label, object? value, string? format)
    {
        ws.Cell(row, 1).SetValue(label);
        Value(ws.Cell(row, 2), value);
        if (format is not null) ws.Cell(row, 2).Style.NumberFormat.Format = format;
        if (value is null) ws.Cell(row, 2).SetValue("n/a").Style.Font.SetFontColor(XLColor.Gray);
        row++;
    }

    private static void Header(IXLRange range) => range.Style.Font.SetBold().Font.SetFontColor(XLColor.White).Fill.SetBackgroundColor(HeaderFill);

    private static void Formats(IXLWorksheet ws, int last, params (int Column, string Format)[] formats)
    {
        foreach (var (c, f) in formats) ws.Range(2, c, last, c).Style.NumberFormat.Format = f;
    }

    private static int ColumnOf(string[] headers, string key) => Array.IndexOf(headers, key) + 1;

    // Width from the longest text in each column (no GDI+ measuring): about one unit per character.
    private static void Widths(IXLWorksheet ws, int columns, int lastRow)
    {
        var rows = Math.Min(lastRow, 2000);
        for (var c = 1; c <= columns; c++)
        {
            var max = 6;
            for (var r = 1; r <= rows; r++)
            {
                var cell = ws.Cell(r, c);
                if (cell.IsEmpty()) continue;
                var len = cell.DataType switch
                {
                    XLDataType.Number => cell.GetDouble().ToString("#,##0.0", CultureInfo.InvariantCulture).Length + 1,
                    XLDataType.DateTime => 10,
                    _ => cell.GetString().Length,
                };
                max = Math.Max(max, len);
            }
            ws.Column(c).Width = Math.Min(60, max + 3);
        }
    }
}
