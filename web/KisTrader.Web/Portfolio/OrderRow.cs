using KisTrader.GrainInterfaces;

namespace KisTrader.Web.Portfolio;

/// <summary>An order as its latest journaled change left it.</summary>
/// <param name="Sequence">The event's journal sequence.</param>
/// <param name="ClientOrderId">The order's client id.</param>
/// <param name="LastChange">What last happened to it.</param>
/// <param name="At">When.</param>
/// <param name="Order">The order's view at that change.</param>
public sealed record OrderRow(long Sequence, string ClientOrderId, OrderChange LastChange, DateTimeOffset At, OrderView Order);
