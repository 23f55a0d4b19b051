namespace KisTrader.Kis.Master;

/// <summary>A master-file line that could not be read: its 1-based line number, the symbol when readable, and why.</summary>
/// <param name="LineNumber">1-based line number in the .mst file.</param>
/// <param name="Symbol">The short code, when the line got that far; otherwise null.</param>
/// <param name="Reason">What was wrong, e.g. "line is 80 bytes, shorter than 61 + 227".</param>
public sealed record MalformedMasterRow(int LineNumber, string? Symbol, string Reason);
