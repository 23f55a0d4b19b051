using System.Threading.RateLimiting;
using KisTrader.Kis.Simulator.Accounts;
using KisTrader.Kis.Simulator.WebSocket.Sessions;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Gateway;

/// <summary>
/// The per-app-key REST limit (kis-api.md §3: real 18/s, paper 1/s, per account): one <see cref="TimeWindowRateLimiter"/>
/// per (app key, limit) in a <see cref="PartitionedRateLimiter{TResource}"/>. The window runs on the wall clock by
/// default (<see cref="RateLimitClock"/>): clients pace themselves in real time, and a market clock at 60× or paused must
/// not turn their 18/s into a burst or a permanent block.
/// </summary>
internal sealed class AppKeyRateLimiter : IDisposable
{
    private readonly RateLimitOptions _options;
    private readonly PartitionedRateLimiter<Partition> _limiter;

    public AppKeyRateLimiter(IOptions<RateLimitOptions> options, WallClock wall, TimeProvider simulated)
    {
        _options = options.Value;
        Clock = _options.Clock == RateLimitClock.Wall ? wall.Provider : simulated;
        var clock = Clock;
        var window = _options.Window;
        var algorithm = _options.Algorithm;
        _limiter = PartitionedRateLimiter.Create<Partition, Partition>(p =>
            RateLimitPartition.Get(p, key => new TimeWindowRateLimiter(key.Limit, window, algorithm, clock)));
    }

    /// <summary>The clock the windows run on.</summary>
    public TimeProvider Clock { get; }

    public bool Enabled => _options.Enabled;

    /// <summary>Takes one permit for <paramref name="appKey"/>; false when the key is over its limit (answer EGW00201).</summary>
    public bool TryAcquire(string appKey, SimProfile profile)
    {
        if (!_options.Enabled)
        {
            return true;
        }

        var limit = profile == SimProfile.Real ? _options.RealPerWindow : _options.PaperPerWindow;
        using var lease = _limiter.AttemptAcquire(new Partition(appKey, limit));
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();

    private readonly record struct Partition(string AppKey, int Limit);
}
