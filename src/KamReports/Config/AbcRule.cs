namespace KamReports.Config;

/// <summary>How ABC classes are assigned (kpis.md, ABC).</summary>
public enum AbcRule { Count, Revenue }
