using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using A = DocumentFormat.OpenXml.Drawing;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace KamReports.Rendering.Excel;

/// <summary>
/// Adds native, editable Excel charts (DrawingML) bound to sheet cells, after ClosedXML has written the
/// workbook: a column series with an optional line series on a secondary axis. Caches are filled so
/// viewers that do not recalculate still draw them.
/// </summary>
internal static class NativeCharts
{
    public static void Add(Stream xlsx, IReadOnlyList<ChartAnchor> charts)
    {
        using var doc = SpreadsheetDocument.Open(xlsx, true);
        var wbPart = doc.WorkbookPart!;
        foreach (var group in charts.GroupBy(c => c.Sheet))
        {
            var sheet = wbPart.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == group.Key);
            var wsPart = (WorksheetPart)wbPart.GetPartById(sheet.Id!);
            var drawingsPart = wsPart.AddNewPart<DrawingsPart>();
            drawingsPart.WorksheetDrawing = new Xdr.WorksheetDrawing();
            var drawing = new Drawing { Id = wsPart.GetIdOfPart(drawingsPart) };
            var ws = wsPart.Worksheet;
            OpenXmlElement? before = ws.Elements<LegacyDrawing>().FirstOrDefault()
                ?? (OpenXmlElement?)ws.Elements<TableParts>().FirstOrDefault()
                ?? ws.Elements<WorksheetExtensionList>().FirstOrDefault();
            if (before is not null) ws.InsertBefore(drawing, before); else ws.Append(drawing);

            uint id = 2;
            foreach (var chart in group)
            {
                var chartPart = drawingsPart.AddNewPart<ChartPart>();
                chartPart.ChartSpace = BuildChartSpace(chart);
                drawingsPart.WorksheetDrawing.Append(Anchor(chart, drawingsPart.GetIdOfPart(chartPart), id++));
            }
            drawingsPart.WorksheetDrawing.Save();
            ws.Save();
        }
    }

    private static Xdr.TwoCellAnchor Anchor(ChartAnchor c, string relId, uint id) => new(
        new Xdr.FromMarker(
            new Xdr.ColumnId(c.FromColumn.ToString()), new Xdr.ColumnOffset("0"),
            new Xdr.RowId(c.FromRow.ToString()), new Xdr.RowOffset("0")),
        new Xdr.ToMarker(
            new Xdr.ColumnId(c.ToColumn.ToString()), new Xdr.ColumnOffset("0"),
            new Xdr.RowId(c.ToRow.ToString()), new Xdr.RowOffset("0")),
        new Xdr.GraphicFrame(
            new Xdr.NonVisualGraphicFrameProperties(
                new Xdr.NonVisualDrawingProperties { Id = id, Name = c.Title }, new Xdr.NonVisualGraphicFrameDrawingProperties()),
            new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
            new A.Graphic(
                new A.GraphicData(new C.ChartReference { Id = relId }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        { Macro = "" },
        new Xdr.ClientData())
    { EditAs = Xdr.EditAsValues.OneCell };

    private static C.ChartSpace BuildChartSpace(ChartAnchor c)
    {
        var plotArea = new C.PlotArea(new C.Layout());
        var primarySeries = PrimarySeries(c);
        if (c.PrimaryAsColumns)
        {
            plotArea.Append(new C.BarChart(
                new C.BarDirection { Val = C.BarDirectionValues.Column },
                new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
                new C.VaryColors { Val = false },
                primarySeries,
                new C.GapWidth { Val = 60 },
                new C.AxisId { Val = 1 }, new C.AxisId { Val = 2 }));
        }
        else
        {
            plotArea.Append(new C.LineChart(
                new C.Grouping { Val = C.GroupingValues.Standard },
                new C.VaryColors { Val = false },
                primarySeries,
                new C.ShowMarker { Val = true },
                new C.AxisId { Val = 1 }, new C.AxisId { Val = 2 }));
        }
        if (c.SecondaryRef is not null)
        {
            plotArea.Append(new C.LineChart(
                new C.Grouping { Val = C.GroupingValues.Standard },
                new C.VaryColors { Val = false },
                LineSeries(
                    1, c.SecondaryName!, c.SecondaryNameRef!, c.CategoriesRef, c.Categories, c.SecondaryRef, c.Secondary!,
                    "E9B949", c.PrimaryAsColumns ? "0%" : "#,##0"),
                new C.ShowMarker { Val = true },
                new C.AxisId { Val = 3 }, new C.AxisId { Val = 4 }));
        }
        plotArea.Append(CategoryAxis(1, 2, false));
        plotArea.Append(ValueAxis(2, 1, C.AxisPositionValues.Left, "#,##0", false, crossesMax: false, gridlines: true));
        if (c.SecondaryRef is not null)
        {
            if (c.PrimaryAsColumns)
            {
                plotArea.Append(CategoryAxis(3, 4, true));
                plotArea.Append(ValueAxis(4, 3, C.AxisPositionValues.Right, "0%", false, crossesMax: true, gridlines: false, max: 1));
            }
            else
            {
                plotArea.Append(CategoryAxis(3, 4, true));
                plotArea.Append(ValueAxis(4, 3, C.AxisPositionValues.Right, "#,##0", true, crossesMax: true, gridlines: false));
            }
        }
        var chart = new C.Chart(
            new C.Title(
                new C.ChartText(new C.RichText(new A.BodyProperties(), new A.ListStyle(),
                    new A.Paragraph(
                        new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = 1200, Bold = true }),
                        new A.Run(new A.RunProperties { Language = "en-US", FontSize = 1200, Bold = true }, new A.Text(c.Title))))),
                new C.Overlay { Val = false }),
            new C.AutoTitleDeleted { Val = false },
            plotArea,
            new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }),
            new C.PlotVisibleOnly { Val = true },
            new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });
        return new C.ChartSpace(new C.Date1904 { Val = false }, new C.RoundedCorners { Val = false }, chart);
    }

    private static OpenXmlElement PrimarySeries(ChartAnchor c)
    {
        if (!c.PrimaryAsColumns)
        {
            return LineSeries(
                0, c.PrimaryName, c.PrimaryNameRef, c.CategoriesRef, c.Categories, c.PrimaryRef, c.Primary, "1B3A5C", "#,##0");
        }
        return new C.BarChartSeries(
            new C.Index { Val = 0 }, new C.Order { Val = 0 },
            SeriesText(c.PrimaryName, c.PrimaryNameRef),
            new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = "1B3A5C" })),
            new C.InvertIfNegative { Val = false },
            Categories(c.CategoriesRef, c.Categories),
            Values(c.PrimaryRef, c.Primary, "#,##0"));
    }

    private static C.LineChartSeries LineSeries(
        uint index, string name, string nameRef, string catRef, string[] cats, string valRef, double[] values, string color,
        string format) => new(
        new C.Index { Val = index }, new C.Order { Val = index },
        SeriesText(name, nameRef),
        new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = color })) { Width = 28575 }),
        new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.Circle }, new C.Size { Val = 5 }),
        Categories(catRef, cats),
        Values(valRef, values, format),
        new C.Smooth { Val = false });

    // The series name points at its header cell (with a cache), so legends read the sheet's own labels.
    private static C.SeriesText SeriesText(string name, string reference) =>
        new(new C.StringReference(
            new C.Formula(reference),
            new C.StringCache(new C.PointCount { Val = 1 }, new C.StringPoint(new C.NumericValue(name)) { Index = 0 })));

    private static C.CategoryAxisData Categories(string reference, string[] cats)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)cats.Length });
        for (var i = 0; i < cats.Length; i++) cache.Append(new C.StringPoint(new C.NumericValue(cats[i])) { Index = (uint)i });
        return new C.CategoryAxisData(new C.StringReference(new C.Formula(reference), cache));
    }

    private static C.Values Values(string reference, double[] values, string format)
    {
        var cache = new C.NumberingCache(new C.FormatCode(format), new C.PointCount { Val = (uint)values.Length });
        for (var i = 0; i < values.Length; i++)
        {
            var text = values[i].ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            cache.Append(new C.NumericPoint(new C.NumericValue(text)) { Index = (uint)i });
        }
        return new C.Values(new C.NumberReference(new C.Formula(reference), cache));
    }

    private static C.CategoryAxis CategoryAxis(uint id, uint cross, bool hidden) => new(
        new C.AxisId { Val = id },
        new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
        new C.Delete { Val = hidden },
        new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
        new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
        new C.MajorTickMark { Val = C.TickMarkValues.None },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.Low },
        new C.CrossingAxis { Val = cross },
        new C.Crosses { Val = C.CrossesValues.AutoZero },
        new C.AutoLabeled { Val = true },
        new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
        new C.LabelOffset { Val = 100 },
        new C.NoMultiLevelLabels { Val = false });

    private static C.ValueAxis ValueAxis(
        uint id, uint cross, C.AxisPositionValues position, string format, bool hidden, bool crossesMax, bool gridlines, double? max = null)
    {
        var scaling = new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax });
        if (max is { } m) { scaling.Append(new C.MaxAxisValue { Val = m }); scaling.Append(new C.MinAxisValue { Val = 0 }); }
        var axis = new C.ValueAxis(
            new C.AxisId { Val = id }, scaling, new C.Delete { Val = hidden }, new C.AxisPosition { Val = position });
        if (gridlines)
        {
            axis.Append(new C.MajorGridlines(
                new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = "E3E7EC" })))));
        }
        axis.Append(
            new C.NumberingFormat { FormatCode = format, SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.CrossingAxis { Val = cross },
            new C.Crosses { Val = crossesMax ? C.CrossesValues.Maximum : C.CrossesValues.AutoZero },
            new C.CrossBetween { Val = C.CrossBetweenValues.Between });
        return axis;
    }
}
