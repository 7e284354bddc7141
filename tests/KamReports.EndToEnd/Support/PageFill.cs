using UglyToad.PdfPig.Content;

namespace KamReports.EndToEnd.Support;

/// <summary>How far down a printed page its content reaches (the lowest letter or drawing), as a share of the area between the
/// margins.</summary>
internal static class PageFill
{
    // The print margins of PdfPrinter: 18 mm top, 16 mm bottom (header and footer sit in them).
    private const double Top = 18 / 25.4 * 72, Bottom = 16 / 25.4 * 72;

    public static double Of(Page page)
    {
        var height = page.Height;
        var lowest = height - Top; // PDF y grows upwards: content starts just below the top margin
        foreach (var l in page.Letters)
        {
            var y = l.BoundingBox.Bottom;
            if (y > Bottom && y < height - Top) lowest = Math.Min(lowest, y);
        }
        foreach (var p in page.Paths)
        {
            if (p.GetBoundingRectangle() is not { } r) continue;
            if (r.Bottom > Bottom && r.Top < height - Top) lowest = Math.Min(lowest, r.Bottom);
        }
        return (height - Top - lowest) / (height - Top - Bottom);
    }
}
