using KisTrader.Trading.Calendar;
using KisTrader.Trading.Options;
using static KisTrader.Trading.Tests.CalendarTests.CalendarTestData;

namespace KisTrader.Trading.Tests.CalendarTests;

public sealed class CalendarOptionsTests
{
    [Fact]
    public void Defaults_AreValidAndMatchTheSpec()
    {
        var o = new CalendarOptions();
        var s = o.Session;

        Assert.Empty(OptionsValidation.Validate(o, CalendarOptions.Section));
        Assert.Equal("Strategy:Calendar", CalendarOptions.Section);
        Assert.Equal((TimeSpan.FromHours(1), TimeSpan.FromHours(1), TimeSpan.FromHours(1), false),
            (o.FirstTradingDayOpenShift, o.ExamDayOpenShift, o.ExamDayCloseShift, o.AfterHoursEndShifts));
        Assert.Equal(
            [new(8, 30), new(9, 0), new(12, 0), new(15, 20), new(15, 30), new(15, 40), new(16, 0), new(16, 0), new(18, 0)],
            new TimeOnly[] { s.PreOpenStart, s.RegularOpen, s.MiddaySplit, s.ClosingAuctionStart, s.RegularClose, s.ClosingPriceStart, s.ClosingPriceEnd, s.AfterHoursStart, s.AfterHoursEnd });
        Assert.Equal(TimeSpan.FromMinutes(10), s.AfterHoursAuctionInterval);
    }

    public static TheoryData<string, Action<CalendarOptions>> InvalidSettings => new()
    {
        { "Strategy:Calendar:ExtraHolidays:0:Name", o => o.ExtraHolidays.Add(new ConfiguredHoliday { Date = D("2026-11-25"), Name = " " }) },
        { "Strategy:Calendar:ExtraHolidays", o => o.ExtraHolidays.Add(new ConfiguredHoliday { Name = "no date" }) },
        {
            "Strategy:Calendar:ExtraHolidays", o =>
            {
                o.ExtraHolidays.Add(new ConfiguredHoliday { Date = D("2026-11-25"), Name = "a" });
                o.ExtraHolidays.Add(new ConfiguredHoliday { Date = D("2026-11-25"), Name = "b" });
            }
        },
        { "Strategy:Calendar:RemovedHolidays", o => o.RemovedHolidays.Add(D("2026-11-21")) }, // a Saturday
        {
            "Strategy:Calendar:RemovedHolidays", o =>
            {
                o.RemovedHolidays.Add(D("2026-11-25"));
                o.ExtraHolidays.Add(new ConfiguredHoliday { Date = D("2026-11-25"), Name = "both" });
            }
        },
        { "Strategy:Calendar:SpecialDays", o => o.SpecialDays.Add(new SpecialScheduleDay { Date = D("2026-11-22") }) }, // a Sunday
        { "Strategy:Calendar:SpecialDays", o => o.SpecialDays.Add(new SpecialScheduleDay()) },
        {
            "Strategy:Calendar:SpecialDays", o =>
            {
                o.SpecialDays.Add(new SpecialScheduleDay { Date = D("2026-11-25") });
                o.SpecialDays.Add(new SpecialScheduleDay { Date = D("2026-11-25") });
            }
        },
        { "Strategy:Calendar:SpecialDays", o => o.SpecialDays.Add(new SpecialScheduleDay { Date = D("2026-11-25"), CloseShift = TimeSpan.FromHours(2) }) },
        { "Strategy:Calendar:ExamDayCloseShift", o => o.ExamDayCloseShift = TimeSpan.FromHours(2) },  // after-hours 18:00–18:00
        { "Strategy:Calendar:ExamDayCloseShift", o => o.ExamDayCloseShift = TimeSpan.FromMinutes(15) }, // 16:15–18:00 is 10.5 intervals
        { "Strategy:Calendar:ExamDayOpenShift", o => o.ExamDayOpenShift = TimeSpan.FromHours(3) },    // open 12:00 = MiddaySplit
        { "Strategy:Calendar:FirstTradingDayOpenShift", o => o.FirstTradingDayOpenShift = TimeSpan.FromHours(-9) }, // pre-open before midnight
        { "Strategy:Calendar:Session", o => o.Session = null! },
        { "Strategy:Calendar:Session:RegularOpen", o => o.Session.RegularOpen = new TimeOnly(8, 30) },
        { "Strategy:Calendar:Session:MiddaySplit", o => o.Session.MiddaySplit = new TimeOnly(9, 0) },
        { "Strategy:Calendar:Session:RegularClose", o => o.Session.RegularClose = new TimeOnly(15, 20) },
        { "Strategy:Calendar:Session:ClosingPriceStart", o => o.Session.ClosingPriceStart = new TimeOnly(15, 29) },
        { "Strategy:Calendar:Session:AfterHoursStart", o => o.Session.AfterHoursStart = new TimeOnly(15, 59) },
        { "Strategy:Calendar:Session:AfterHoursEnd", o => o.Session.AfterHoursEnd = new TimeOnly(16, 0) },
        { "Strategy:Calendar:Session:AfterHoursAuctionInterval", o => o.Session.AfterHoursAuctionInterval = TimeSpan.FromMinutes(7) },
        { "Strategy:Calendar:Session:AfterHoursAuctionInterval", o => o.Session.AfterHoursAuctionInterval = TimeSpan.Zero },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Validate_InvalidSetting_NamesTheSetting(string path, Action<CalendarOptions> spoil)
    {
        var options = new CalendarOptions();
        spoil(options);

        var errors = OptionsValidation.Validate(options, CalendarOptions.Section);

        Assert.Contains(errors, e => e.StartsWith(path + ":", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(110, true)]  // 1h50: after-hours 17:50–18:00, one match
    [InlineData(120, false)] // 2h: no after-hours session left
    [InlineData(20, true)]
    [InlineData(15, false)]
    [InlineData(-60, true)]  // an early close moves the whole evening earlier
    public void Validate_ExamDayCloseShiftBoundaries(int minutes, bool valid)
    {
        var options = new CalendarOptions { ExamDayCloseShift = TimeSpan.FromMinutes(minutes) };

        Assert.Equal(valid, OptionsValidation.Validate(options, CalendarOptions.Section).Count == 0);
    }

    [Theory]
    [InlineData(179, true)]  // open 11:59, before the 12:00 split
    [InlineData(180, false)] // open 12:00
    [InlineData(-510, true)] // pre-open 00:00
    [InlineData(-511, false)]
    public void Validate_FirstTradingDayOpenShiftBoundaries(int minutes, bool valid)
    {
        var options = new CalendarOptions { FirstTradingDayOpenShift = TimeSpan.FromMinutes(minutes) };

        Assert.Equal(valid, OptionsValidation.Validate(options, CalendarOptions.Section).Count == 0);
    }

    [Fact]
    public void Validate_AfterHoursEndShifts_AllowsALateCloseUpToMidnight()
    {
        Assert.Empty(OptionsValidation.Validate(
            new CalendarOptions { AfterHoursEndShifts = true, ExamDayCloseShift = TimeSpan.FromHours(2) }, CalendarOptions.Section));
        Assert.NotEmpty(OptionsValidation.Validate(
            new CalendarOptions { AfterHoursEndShifts = true, ExamDayCloseShift = TimeSpan.FromHours(6) }, CalendarOptions.Section));
    }

    [Fact]
    public void KrxCalendar_InvalidOptions_ThrowsNamingTheSetting()
    {
        var ex = Assert.Throws<InvalidOptionsException>(() => BuildCalendar(o => o.RemovedHolidays.Add(D("2026-11-21"))));

        Assert.Contains("Strategy:Calendar:RemovedHolidays", ex.Message);
        Assert.Contains("2026-11-21", ex.Message);
    }
}
