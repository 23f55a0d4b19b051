namespace KisTrader.Grains.Tests.Orleans;

internal sealed class CounterGrain(
    [PersistentState("counter", ClusterSetup.StorageName)] IPersistentState<CounterState> state,
    [PersistentState("scratch", ClusterSetup.DeletingStorageName)] IPersistentState<CounterState> scratch)
    : Grain, ICounterGrain, IRemindable
{
    public const string ReminderName = "tick";

    public async Task<int> IncrementAsync()
    {
        state.State.Value++;
        await state.WriteStateAsync();
        return state.State.Value;
    }

    public Task<int> GetAsync() => Task.FromResult(state.State.Value);

    public Task ClearAsync() => state.ClearStateAsync();

    public async Task WriteScratchAsync(int value)
    {
        scratch.State.Value = value;
        await scratch.WriteStateAsync();
    }

    public async Task WriteAndDeleteScratchAsync(int value)
    {
        await WriteScratchAsync(value);
        await scratch.ClearStateAsync();
    }

    public Task StartReminderAsync(TimeSpan dueTime, TimeSpan period) =>
        this.RegisterOrUpdateReminder(ReminderName, dueTime, period);

    public Task<int> ReminderTicksAsync() => Task.FromResult(state.State.ReminderTicks);

    public async Task<bool> HasReminderAsync() => await this.GetReminder(ReminderName) is not null;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        state.State.ReminderTicks++;
        await state.WriteStateAsync();
    }
}
