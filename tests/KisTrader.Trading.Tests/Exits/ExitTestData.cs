using KisTrader.Trading.Calendar;
using KisTrader.Trading.Exits;
using KisTrader.Trading.Pricing;
using KisTrader.Trading.Time;

namespace KisTrader.Trading.Tests.Exits;

/// <summary>Builders for exit tests. Default position: 100 shares at an average of 10,000 (tick 10 around it).</summary>
internal static class ExitTestData
{
    public const string Code = "005930";

    /// <summary>A normal Tuesday.</summary>
    public static readonly DateOnly Day = new(2026, 3, 10);

    public static TradingDaySchedule NormalDay => TradingDaySchedule.Normal(Day);

    /// <summary>수능일-like day: open and close one hour late (10:00–16:30).</summary>
    public static TradingDaySchedule LateDay =>
        new(Day, TimeSpan.FromHours(1), TimeSpan.FromHours(1), TradingDaySchedule.DefaultMiddaySplit);

    /// <summary>A day on which only the close (and every base time after the midday split) is one hour late.</summary>
    public static TradingDaySchedule LateCloseDay =>
        new(Day, TimeSpan.Zero, TimeSpan.FromHours(1), TradingDaySchedule.DefaultMiddaySplit);

    public static DateTimeOffset At(int hour, int minute, int second = 0, int millisecond = 0) =>
        KrxTime.At(Day, new TimeOnly(hour, minute, second, millisecond));

    public static PositionSnapshot Position(long quantity = 100, decimal average = 10_000m, bool partialTaken = false, params OpenExitOrder[] open) =>
        new(Code, quantity, average, partialTaken, [.. open]);

    /// <summary>A quote whose best bid equals the price.</summary>
    public static QuoteSnapshot Quote(decimal price, DateTimeOffset? time = null) => new(Code, price, price, time ?? At(10, 0));

    /// <summary>A quote with an explicit best bid (null: empty bid side).</summary>
    public static QuoteSnapshot Quote(decimal price, decimal? bid, DateTimeOffset? time = null) => new(Code, price, bid, time ?? At(10, 0));

    public static ExitPolicy Policy(ExitOptions? options = null, TradingDaySchedule? schedule = null) =>
        new(options ?? new ExitOptions(), PriceGrid.Default, schedule ?? NormalDay);

    public static OpenExitOrder Order(
        ExitReason reason, DateTimeOffset placedAt, long quantity = 100, long filled = 0, ExitOrderType type = ExitOrderType.Limit) =>
        new("0000001234", reason, type, type == ExitOrderType.Limit ? 9_990m : null, quantity, filled, placedAt);
}
