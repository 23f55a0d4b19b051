using KisTrader.Trading.Calendar;
using KisTrader.Trading.Sessions;
using KisTrader.Trading.Time;

namespace KisTrader.Trading.Tests.SessionTests;

/// <summary>Builders for the lifecycle tests: a regular Monday, a 수능 day (close 16:30, after-hours 17:00), a Sunday.</summary>
internal static class SessionLifecycleTestData
{
    public static readonly DateOnly Monday = new(2026, 11, 23);
    public static readonly DateOnly ExamDay = new(2026, 11, 19);
    public static readonly DateOnly Sunday = new(2026, 11, 22);
    public static readonly SessionRequest Operator = new("operator kim", "check the screen before the after-hours session");

    public static SessionLifecycle Lifecycle { get; } = new(KrxCalendar.Default);

    public static DateTimeOffset At(DateOnly date, int hour, int minute, int second = 0) => KrxTime.At(date, new TimeOnly(hour, minute, second));

    /// <summary>15:45 KST on <see cref="Monday"/>: after the close, before the after-hours session (every command's window is open).</summary>
    public static DateTimeOffset InWindow => At(Monday, 15, 45);

    public static SessionDecision Decide(SessionPhase phase, SessionCommand command, DateTimeOffset now, SessionRequest? request = null, DateOnly? date = null) =>
        Lifecycle.Decide(date ?? Monday, phase, command, request ?? Operator, now);
}
