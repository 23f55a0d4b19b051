namespace KisTrader.Kis.Client;

/// <summary>An answer with a summary object (<c>output1</c>) and rows (<c>output2</c>).</summary>
/// <typeparam name="TSummary">The summary record.</typeparam>
/// <typeparam name="TRow">The row record.</typeparam>
public sealed record KisChart<TSummary, TRow>(TSummary Summary, IReadOnlyList<TRow> Rows);
