namespace KamReports.Rendering.Excel;

/// <summary>A native chart to add to a sheet: its kind, cell ranges (A1 references with sheet name) and where it sits.</summary>
internal sealed record ChartAnchor(
    string Sheet, string Title, string CategoriesRef,
    string PrimaryRef, string PrimaryName, string PrimaryNameRef,
    string? SecondaryRef, string? SecondaryName, string? SecondaryNameRef,
    string[] Categories, double[] Primary, double[]? Secondary,
    int FromColumn, int FromRow, int ToColumn, int ToRow, bool PrimaryAsColumns);
