namespace KisTrader.Trading.Calendar;

/// <summary>
/// The broker's answer for one date (KIS chk-holiday CTCA0903R, kis-api.md §4.8). Only <see cref="IsOpenDay"/>
/// (opnd_yn, 개장일) decides whether orders can be placed; the other flags are kept for display and settlement.
/// </summary>
/// <param name="Date">The date asked about (bass_dt).</param>
/// <param name="IsBusinessDay">bzdy_yn (영업일): the broker's business day.</param>
/// <param name="IsTradingDay">tr_day_yn (거래일).</param>
/// <param name="IsOpenDay">opnd_yn (개장일): the exchange is open; the calendar uses this flag.</param>
/// <param name="IsSettlementDay">sttl_day_yn (결제일).</param>
public sealed record BrokerDayInfo(DateOnly Date, bool IsBusinessDay, bool IsTradingDay, bool IsOpenDay, bool IsSettlementDay);
