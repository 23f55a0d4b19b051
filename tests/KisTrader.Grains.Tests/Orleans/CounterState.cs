namespace KisTrader.Grains.Tests.Orleans;

/// <summary>
/// Persisted through SystemTextJsonGrainStorageSerializer: plain JSON without type names, so renaming this class,
/// its namespace or its assembly does not break reading old rows.
/// </summary>
public sealed class CounterState
{
    public int Value { get; set; }

    public int ReminderTicks { get; set; }
}
