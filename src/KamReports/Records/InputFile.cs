namespace KamReports.Records;

/// <summary>A file that was read: its role, path, content hash and row counts.</summary>
public sealed record InputFile(string Role, string Path, string Sha256, int Rows, int Rejected);
