using KisTrader.Trading.Statistics;

namespace KisTrader.Grains.Storage;

/// <summary>The <c>period_kind</c> names of journal.daily_statistics and the instant precision both stores keep.</summary>
internal static class DailyStatisticsRows
{
    public static string KindName(PeriodKind kind) => kind switch
    {
        PeriodKind.Day => "Day",
        PeriodKind.Week => "Week",
        PeriodKind.Month => "Month",
        PeriodKind.Overall => "All",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown period kind"),
    };

    public static PeriodKind Kind(string name) => name switch
    {
        "Day" => PeriodKind.Day,
        "Week" => PeriodKind.Week,
        "Month" => PeriodKind.Month,
        "All" => PeriodKind.Overall,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown period kind"),
    };

    // timestamptz keeps microseconds and reads back as UTC.
    public static DateTimeOffset Instant(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }
}
