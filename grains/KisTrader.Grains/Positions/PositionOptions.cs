using System.ComponentModel.DataAnnotations;

namespace KisTrader.Grains.Positions;

/// <summary>How the position grains run (not strategy rules: those are <c>Strategy:Exits</c> and <c>Strategy:Costs</c>). Section <c>KisTrader:Positions</c>.</summary>
public sealed class PositionOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "KisTrader:Positions";

    /// <summary>While an order of the position is working, its view is fetched at least this often (recovers a lost notification). Default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RefreshEvery { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long before the exit day's open the position starts following its symbol's trades. Default 5 min.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan WatchLead { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>After this many rejected sells the position stops selling by itself (logged as an error; a person decides). Default 3.</summary>
    [Range(1, 100)]
    public int MaxRejectedSells { get; set; } = 3;
}
