using System.Collections.Concurrent;
using System.Collections.Immutable;
using KisTrader.GrainInterfaces;

namespace KisTrader.Grains.Tests.Positions;

/// <summary>
/// TEST-ONLY stand-in for the risk grain (branch w/safety): records <see cref="IRiskGrain.TrackPositionAsync"/> calls in
/// <see cref="RiskCalls"/>. Must go once the real RiskGrain is merged (two implementations of IRiskGrain are ambiguous).
/// </summary>
public sealed class RecordingRiskGrain(RiskCalls calls, TimeProvider clock) : Grain, IRiskGrain
{
    public ValueTask<RiskView> GetAsync() => ValueTask.FromResult(View());

    public Task<RiskView> HaltEntriesAsync(string requestedBy, string reason) => Task.FromResult(View());

    public Task<RiskView> FlattenAsync(string requestedBy, string reason) => Task.FromResult(View());

    public Task<RiskView> ResumeAsync(string requestedBy, string reason) => Task.FromResult(View());

    public Task<RiskView> HaltSymbolAsync(string symbol, string reason) => Task.FromResult(View());

    public Task TrackPositionAsync(string positionKey, bool open)
    {
        calls.Tracked.Enqueue((positionKey, open));
        return Task.CompletedTask;
    }

    private RiskView View() => new(this.GetPrimaryKeyString(), KillSwitchMode.Active, null, null, null, false, null,
        ImmutableDictionary<string, string>.Empty, [], clock.GetUtcNow());
}

/// <summary>What <see cref="RecordingRiskGrain"/>s were told.</summary>
public sealed class RiskCalls
{
    public ConcurrentQueue<(string PositionKey, bool Open)> Tracked { get; } = new();
}
