using System.Globalization;
using KamReports.Compute;
using KamReports.Config;
using KamReports.Documents;
using KamReports.Formatting;
using KamReports.TestSupport;

namespace KamReports.Tests.Documents;

public class KpiPresenterTests
{
    private static readonly KpiPresenter Presenter = new(StringTable.Load(Repo.Templates, CultureInfo.GetCultureInfo("en")),
        new KamConfig());

    private static Func<string, KpiScalar> Values(params (string Key, KpiScalar Value)[] values) =>
        key => values.FirstOrDefault(v => v.Key == key).Value;

    [Fact]
    public void Revenue_shows_the_light_of_its_growth_and_its_change_as_growth()
    {
        // 900 now vs 1,000 a year before: growth -10% sits exactly on the amber bound (green >= 0, amber >= -10%).
        var now = Values(("revenue", 900m), ("growth_yoy", -0.10));
        var tile = Presenter.Present("revenue", now, Values(("revenue", 1000m)));
        Assert.Equal("amber", tile.Light);
        Assert.Equal(-0.1, tile.Change!.Value, 10);
        Assert.Equal("pct", tile.ChangeKind);
        Assert.Equal("Revenue (quarter)", tile.Title);
        Assert.Equal("quarter", tile.Window);
        Assert.Equal(900m, tile.Value);
    }

    [Fact]
    public void Percentages_change_in_points_and_counts_by_difference()
    {
        var att = Presenter.Present("attainment", Values(("attainment", 0.85)), Values(("attainment", 0.80)));
        Assert.Equal(5.0, att.Change!.Value, 9); // 85% - 80% = 5 pts
        Assert.Equal("pts", att.ChangeKind);
        Assert.Equal("red", att.Light); // below 90%
        var overdue = Presenter.Present("actions_overdue", Values(("actions_overdue", 2)), Values(("actions_overdue", 5)));
        Assert.Equal(-3, overdue.Change);
        Assert.Equal("abs", overdue.ChangeKind);
        Assert.True(overdue.LowerIsBetter);
        Assert.Equal("amber", overdue.Light); // 1-2 overdue
        Assert.Equal("end_of_quarter", overdue.Window);
    }

    [Fact]
    public void Missing_values_have_no_change_and_no_light()
    {
        var tile = Presenter.Present("nps", Values(), null);
        Assert.Null(tile.Value);
        Assert.Null(tile.Change);
        Assert.Equal("unknown", tile.Light);
    }

    [Fact]
    public void Every_catalogue_kpi_has_a_title_and_a_definition_in_the_base_string_table()
    {
        var strings = StringTable.Load(Repo.Templates, CultureInfo.GetCultureInfo("en"));
        foreach (var def in KpiCatalog.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(strings.TryGet(def.TitleKey)), def.TitleKey);
            Assert.False(string.IsNullOrWhiteSpace(strings.TryGet(def.DefinitionKey)), def.DefinitionKey);
        }
    }
}
