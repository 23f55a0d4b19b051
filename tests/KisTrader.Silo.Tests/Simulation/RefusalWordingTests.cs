using KisTrader.GrainInterfaces;
using KisTrader.Silo.Simulation;
using KisTrader.Trading.Sessions;

namespace KisTrader.Silo.Tests.Simulation;

/// <summary>The console words a refused manual screen or re-run from its typed refusal (the session grain sends no sentence).</summary>
public sealed class RefusalWordingTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);
    private static readonly DateTimeOffset At = new(2026, 11, 23, 15, 20, 0, TimeSpan.FromHours(9));

    public static TheoryData<SessionRefusalKind, DateOnly, DateTimeOffset?, string> Refusals => new()
    {
        { SessionRefusalKind.MissingRequest, Day, null, "a request needs who asks and why" },
        { SessionRefusalKind.InvalidRequestedBy, Day, null, "RequestedBy must be 1–64 characters without control characters" },
        { SessionRefusalKind.InvalidReason, Day, null, "Reason must be 1–500 characters without control characters" },
        { SessionRefusalKind.AlreadyRunning, Day, null, "a screen is already running" },
        { SessionRefusalKind.AlreadyScreened, Day, null, "the session is already screened; ask for a re-run instead" },
        { SessionRefusalKind.NotScreened, Day, null, "the session is not screened yet; start its screen first" },
        { SessionRefusalKind.NotTradingDay, Day.AddDays(-1), null, "2026-11-22 is not a KRX trading day" },
        { SessionRefusalKind.NotBegun, Day.AddDays(1), null, "the session 2026-11-24 has not begun (it is 2026-11-23 KST)" },
        { SessionRefusalKind.Over, Day.AddDays(-3), null, "the session 2026-11-20 is over (it is 2026-11-23 KST)" },
        { SessionRefusalKind.BeforeClose, Day, new DateTimeOffset(2026, 11, 23, 6, 30, 0, TimeSpan.Zero), "the screen uses the day's close: not before 15:30 KST" },
        { SessionRefusalKind.AfterHoursBegan, Day, new DateTimeOffset(2026, 11, 23, 16, 0, 0, TimeSpan.FromHours(9)), "the after-hours session began at 16:00 KST" },
        { SessionRefusalKind.ScreenInUse, Day, null, "the session is past its screen (after-hours, holding or closed): its screen is in use and stays" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Word_EachRefusal_IsWordedFromItsData(SessionRefusalKind refusal, DateOnly date, DateTimeOffset? boundary, string expected)
    {
        var request = new ScreeningRequested(date, ScreeningCommandKind.Start, "kim", "why", false, refusal, null, boundary);

        Assert.Equal(expected, RefusalWording.Word(request, At));
    }

    [Fact]
    public void Word_EveryRefusal_HasItsOwnWording()
    {
        Assert.Empty(Enum.GetValues<SessionRefusalKind>().Except(Refusals.Select(row => row.Data.Item1)));
    }

    [Fact]
    public void Word_RowJournaledBeforeTypedRefusals_ShowsItsSentence()
    {
        var old = new ScreeningRequested(Day, ScreeningCommandKind.Rerun, "kim", "why", false, null, null, LegacyRefusal: "a screen is already running");

        Assert.Equal("a screen is already running", RefusalWording.Word(old, At));
        Assert.Equal("no reason recorded", RefusalWording.Word(old with { LegacyRefusal = null }, At));
    }
}
