using KamReports.Rendering.Pdf;

namespace KamReports.EndToEnd.Support;

/// <summary>One headless browser for all PDF tests of a run.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public PdfPrinter Printer { get; private set; } = null!;

    public async Task InitializeAsync() => Printer = await PdfPrinter.StartAsync(BrowserLocator.Find(null), 2);

    public async Task DisposeAsync() => await Printer.DisposeAsync();
}

[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
