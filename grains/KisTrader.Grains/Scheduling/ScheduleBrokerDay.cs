using KisTrader.Trading.Calendar;

namespace KisTrader.Grains.Scheduling;

/// <summary>The broker's answer for one date as kept in the schedule's state (<see cref="BrokerDayInfo"/> is not serializable).</summary>
[GenerateSerializer, Immutable, Alias("KisTrader.ScheduleBrokerDay")]
public sealed record ScheduleBrokerDay(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] bool IsBusinessDay,
    [property: Id(2)] bool IsTradingDay,
    [property: Id(3)] bool IsOpenDay,
    [property: Id(4)] bool IsSettlementDay)
{
    /// <summary>The calendar's type.</summary>
    public BrokerDayInfo ToInfo() => new(Date, IsBusinessDay, IsTradingDay, IsOpenDay, IsSettlementDay);
}
