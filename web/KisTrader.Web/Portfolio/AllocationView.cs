namespace KisTrader.Web.Portfolio;

/// <summary>A session's allocation: the screen's split of the budget and what the after-hours buys committed of it.</summary>
public sealed record AllocationView(
    DateOnly TradingDate, decimal Budget, decimal Allocated, decimal Unallocated, decimal Committed, IReadOnlyList<AllocationRow> Symbols);

/// <summary>One symbol's share: its role, allocation and the buy made of it (if any).</summary>
public sealed record AllocationRow(string Code, string? Name, string Role, decimal Allocation, decimal Committed, string? Status);
