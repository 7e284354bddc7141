namespace KamReports.Rendering.Pdf;

/// <summary>One document to print: its HTML, running header and footer, metadata and target path.</summary>
public sealed record PrintJob(string Html, string HeaderHtml, string FooterHtml, string OutputPath, string Title, string Author, string Subject);
