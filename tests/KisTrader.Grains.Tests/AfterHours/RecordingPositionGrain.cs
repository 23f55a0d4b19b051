using System.Collections.Concurrent;
using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Tests.AfterHours;

/// <summary>
/// TEST-ONLY stand-in for the position grain (built on another branch): records every <see cref="EnterAsync"/> call and
/// keeps the one accepted entry in grain state (one buy per symbol: a different second entry is refused). The lead
/// replaces it with the real PositionGrain after merging.
/// </summary>
internal sealed class RecordingPositionGrain(
    [PersistentState("test-position", ProviderNames.GrainStorage)] IPersistentState<RecordingPositionState> state) : Grain, IPositionGrain
{
    /// <summary>Every call, by position key, across activations and silo restarts of one test process.</summary>
    public static ConcurrentQueue<(string Key, PositionEntry Entry)> Calls { get; } = new();

    public async Task<PositionView> EnterAsync(PositionEntry entry)
    {
        Calls.Enqueue((this.GetPrimaryKeyString(), entry));
        if (state.State.Entry is { } held && held != entry)
        {
            throw new InvalidOperationException($"{this.GetPrimaryKeyString()} already entered");
        }

        state.State.Entry = entry;
        await state.WriteStateAsync();
        return View();
    }

    public Task OnOrderChangedAsync(OrderView order) => Task.CompletedTask;

    public Task<PositionView> CancelEntryAsync(string requestedBy, string reason) => Task.FromResult(View());

    public Task<PositionView> FlattenAsync(string requestedBy, string reason) => Task.FromResult(View());

    public ValueTask<PositionView> GetAsync() => ValueTask.FromResult(View());

    private PositionView View() => new(
        this.GetPrimaryKeyString(), state.State.Entry, state.State.Entry is null ? PositionStatus.None : PositionStatus.Entering, 0, 0m, null, 0m, 0m, [], default);
}

[GenerateSerializer, Alias("KisTrader.Tests.RecordingPositionState")]
internal sealed class RecordingPositionState
{
    [Id(0)] public PositionEntry? Entry { get; set; }
}
