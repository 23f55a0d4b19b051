namespace KisTrader.Grains.Tests.Realtime;

/// <summary>A 체결통보 the simulator delivered through <see cref="NoticeTap"/>.</summary>
/// <param name="Connection">The tap connection (1 for the first) that carried it.</param>
/// <param name="OrderNumber">ODER_NO.</param>
/// <param name="IsFill">CNTG_YN 2 (a fill) rather than a receipt.</param>
/// <param name="Quantity">CNTG_QTY.</param>
/// <param name="InReRegistrationWindow">Delivered while the market-data re-registration of a later connection was held.</param>
public sealed record DeliveredNotice(int Connection, string OrderNumber, bool IsFill, long Quantity, bool InReRegistrationWindow);
