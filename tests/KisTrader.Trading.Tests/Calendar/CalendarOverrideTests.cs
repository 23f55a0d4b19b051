using KisTrader.Trading.Calendar;
using static KisTrader.Trading.Tests.CalendarTests.CalendarTestData;

namespace KisTrader.Trading.Tests.CalendarTests;

/// <summary>Precedence: configuration &gt; broker &gt; built-in.</summary>
public sealed class CalendarOverrideTests
{
    private static BrokerDayInfo Broker(string date, bool open) => new(D(date), open, open, open, open);

    [Fact]
    public void Describe_ExtraHoliday_ClosedByConfigurationWithItsName()
    {
        var cal = BuildCalendar(o => o.ExtraHolidays.Add(new ConfiguredHoliday { Date = D("2026-11-25"), Name = "임시공휴일" }));

        var day = cal.Describe(D("2026-11-25"));

        Assert.Equal((false, ClosedReason.Configured, "임시공휴일", CalendarSource.Configuration, true),
            (day.IsTradingDay, day.ClosedReason, day.Name, day.Source, day.IsConfirmed));
        Assert.Equal(D("2026-11-26"), cal.NextTradingDay(D("2026-11-24")));
    }

    [Fact]
    public void Describe_RemovedHoliday_TradesByConfiguration()
    {
        var cal = BuildCalendar(o => o.RemovedHolidays.Add(D("2025-10-08")));

        var day = cal.Describe(D("2025-10-08"));

        Assert.Equal((true, (ClosedReason?)null, CalendarSource.Configuration), (day.IsTradingDay, day.ClosedReason, day.Source));
        Assert.Equal(D("2025-10-08"), cal.NextTradingDay(D("2025-10-02")));
    }

    [Fact]
    public void WithBrokerDays_OpenOnATableHoliday_Trades()
    {
        var cal = KrxCalendar.Default.WithBrokerDays([Broker("2027-07-19", open: true)]);

        var day = cal.Describe(D("2027-07-19"));

        Assert.Equal((true, CalendarSource.Broker, true), (day.IsTradingDay, day.Source, day.IsConfirmed));
    }

    [Fact]
    public void WithBrokerDays_ClosedOnANormalDay_ClosedForTheBroker()
    {
        var cal = KrxCalendar.Default.WithBrokerDays([Broker("2026-11-25", open: false)]);

        var day = cal.Describe(D("2026-11-25"));

        Assert.Equal((false, ClosedReason.Broker, (string?)null, CalendarSource.Broker), (day.IsTradingDay, day.ClosedReason, day.Name, day.Source));
        Assert.Equal(D("2026-11-26"), cal.NextTradingDay(D("2026-11-24")));
    }

    [Fact]
    public void WithBrokerDays_ClosedOnATableHoliday_KeepsTheHolidayName()
    {
        var day = KrxCalendar.Default.WithBrokerDays([Broker("2025-10-06", open: false)]).Describe(D("2025-10-06"));

        Assert.Equal((ClosedReason.Broker, "추석"), (day.ClosedReason, day.Name));
    }

    [Fact]
    public void WithBrokerDays_OnlyTheOpenDayFlagDecides()
    {
        // 영업일/거래일/결제일 say yes but 개장일 says no: closed.
        var cal = KrxCalendar.Default.WithBrokerDays([new BrokerDayInfo(D("2026-11-25"), true, true, false, true)]);

        Assert.False(cal.IsTradingDay(D("2026-11-25")));
    }

    [Fact]
    public void WithBrokerDays_ConfigurationStillWins()
    {
        var cal = BuildCalendar(o =>
        {
            o.RemovedHolidays.Add(D("2026-11-25"));
            o.ExtraHolidays.Add(new ConfiguredHoliday { Date = D("2026-11-26"), Name = "운영자 지정" });
        }).WithBrokerDays([Broker("2026-11-25", open: false), Broker("2026-11-26", open: true)]);

        Assert.Equal(CalendarSource.Configuration, cal.Describe(D("2026-11-25")).Source);
        Assert.True(cal.IsTradingDay(D("2026-11-25")));
        Assert.Equal(ClosedReason.Configured, cal.ClosedReasonOf(D("2026-11-26")));
    }

    [Fact]
    public void WithBrokerDays_LaterAnswerReplacesEarlierAndTheOriginalIsUnchanged()
    {
        var first = KrxCalendar.Default.WithBrokerDays([Broker("2026-11-25", open: false)]);

        var second = first.WithBrokerDays([Broker("2026-11-25", open: true)]);

        Assert.False(first.IsTradingDay(D("2026-11-25")));
        Assert.True(second.IsTradingDay(D("2026-11-25")));
        Assert.True(KrxCalendar.Default.IsTradingDay(D("2026-11-25")));
    }

    [Fact]
    public void WithBrokerDays_UncoveredYear_BecomesConfirmed()
    {
        var cal = KrxCalendar.Default.WithBrokerDays([Broker("2028-01-26", open: false)]);

        Assert.True(cal.Describe(D("2028-01-26")).IsConfirmed);
        Assert.False(cal.IsTradingDay(D("2028-01-26")));
        Assert.False(KrxCalendar.Default.Describe(D("2028-01-26")).IsConfirmed);
    }

    [Fact]
    public void WithBrokerDays_FirstTradingDayClosed_MovesTheLateOpen()
    {
        var cal = KrxCalendar.Default.WithBrokerDays([Broker("2026-01-02", open: false)]);

        Assert.Equal(D("2026-01-05"), cal.FirstTradingDayOfYear(2026));
        Assert.Equal(TimeSpan.FromHours(1), cal.Schedule(D("2026-01-05")).OpenShift);
    }

    [Fact]
    public void ClosedWeekdays_IncludesConfiguredAndBrokerClosures()
    {
        var cal = BuildCalendar(o => o.ExtraHolidays.Add(new ConfiguredHoliday { Date = D("2026-11-25"), Name = "x" }))
            .WithBrokerDays([Broker("2026-11-26", open: false), Broker("2026-12-25", open: true)]);

        var closed = cal.ClosedWeekdays(2026).Select(d => d.Date).ToArray();

        Assert.Contains(D("2026-11-25"), closed);
        Assert.Contains(D("2026-11-26"), closed);
        Assert.DoesNotContain(D("2026-12-25"), closed);
        Assert.Equal(18, closed.Length); // 17 built-in + 2 added − 1 opened
    }

    [Fact]
    public void Constructor_OptionsChangedAfterwards_DoNotChangeTheCalendar()
    {
        var options = new CalendarOptions();
        var cal = new KrxCalendar(options);

        options.ExtraHolidays.Add(new ConfiguredHoliday { Date = D("2026-11-25"), Name = "late" });
        options.Session.RegularOpen = new TimeOnly(9, 30);

        Assert.True(cal.IsTradingDay(D("2026-11-25")));
        Assert.Equal(Kst("2026-11-25", 9, 0), cal.Sessions(D("2026-11-25")).RegularOpen);
    }
}
