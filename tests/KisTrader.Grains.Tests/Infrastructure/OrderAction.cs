namespace KisTrader.Grains.Tests.Infrastructure;

/// <summary>One change an order made: which, when, and its detail (for a cancel or conversion: the reason asked).</summary>
public sealed record OrderAction(string ClientOrderId, DateTimeOffset At, string? Detail);
