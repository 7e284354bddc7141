namespace KamReports.Rendering.Pdf;

/// <summary>One document to print: its HTML, running header and footer, and the PDF metadata.</summary>
public sealed record PrintJob(string Html, string HeaderHtml, string FooterHtml, string Title, string Author, string Subject);
