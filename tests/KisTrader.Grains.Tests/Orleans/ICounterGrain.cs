namespace KisTrader.Grains.Tests.Orleans;

/// <summary>A test grain with persisted state and a durable reminder.</summary>
[Alias("KisTrader.Tests.ICounterGrain")]
public interface ICounterGrain : IGrainWithStringKey
{
    [Alias("Increment")]
    Task<int> IncrementAsync();

    [Alias("Get")]
    Task<int> GetAsync();

    /// <summary>Clears the state (the "Default" provider keeps the row with a NULL payload).</summary>
    [Alias("Clear")]
    Task ClearAsync();

    /// <summary>Writes and then clears a second state kept by the "Deleting" provider (DeleteStateOnClear).</summary>
    [Alias("WriteAndDeleteScratch")]
    Task WriteAndDeleteScratchAsync(int value);

    [Alias("WriteScratch")]
    Task WriteScratchAsync(int value);

    [Alias("StartReminder")]
    Task StartReminderAsync(TimeSpan dueTime, TimeSpan period);

    [Alias("ReminderTicks")]
    Task<int> ReminderTicksAsync();

    [Alias("HasReminder")]
    Task<bool> HasReminderAsync();
}
