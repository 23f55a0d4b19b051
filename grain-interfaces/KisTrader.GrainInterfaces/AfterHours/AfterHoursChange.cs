namespace KisTrader.GrainInterfaces;

/// <summary>What happened on the after-hours board.</summary>
[GenerateSerializer, Alias("KisTrader.AfterHoursChange")]
public enum AfterHoursChange
{
    /// <summary>The board started from the session's screen (the watch list is set).</summary>
    Started = 0,

    /// <summary>A checkpoint was evaluated (observed prices, decisions, threshold).</summary>
    Checkpoint = 1,

    /// <summary>The 17:00 re-search added symbols to the watch list (or found none).</summary>
    Researched = 2,

    /// <summary>A buy was handed to its position grain.</summary>
    EntryHanded = 3,

    /// <summary>The after-hours session ended: unfilled buys lapse.</summary>
    Ended = 4,
}
