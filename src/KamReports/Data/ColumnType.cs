namespace KamReports.Data;

/// <summary>Value type of an input column.</summary>
public enum ColumnType { Text, Date, Decimal, Integer, Number, Bool, Choice, Period }
