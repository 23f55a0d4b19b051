using System.Collections.Concurrent;
using KisTrader.Kis.Simulator.Accounts;
using KisTrader.Kis.Simulator.Hosting;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Auth;

/// <summary>
/// Issued approval keys. Every /oauth2/Approval call issues a new key (earlier keys stay valid until they expire);
/// issuance for one app key is throttled to <see cref="SimAuthOptions.ApprovalKeyInterval"/> on the rate-limit clock.
/// </summary>
internal sealed class ApprovalKeyStore(IOptions<SimAuthOptions> options, IOptions<SimulatorOptions> simulator, TimeProvider clock) : IApprovalKeyStore
{
    private readonly SimAuthOptions _options = options.Value;
    private readonly SimProfile _profile = simulator.Value.Profile;
    private readonly ConcurrentDictionary<string, ApprovalKeyInfo> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _lastIssueTicks = new(StringComparer.Ordinal);

    /// <summary>
    /// Issues a key for <paramref name="account"/> at simulated <paramref name="now"/>; null when the app key asked less
    /// than the configured interval ago, measured on <paramref name="throttleClock"/>.
    /// </summary>
    public ApprovalKeyInfo? Issue(AccountIdentity account, DateTimeOffset now, TimeProvider throttleClock)
    {
        var at = throttleClock.GetUtcNow().UtcTicks;
        var interval = _options.ApprovalKeyInterval.Ticks;
        var throttled = false;
        _lastIssueTicks.AddOrUpdate(
            account.AppKey,
            at,
            (_, last) =>
            {
                throttled = at - last < interval;
                return throttled ? last : at;
            });
        if (throttled)
        {
            return null;
        }

        var info = new ApprovalKeyInfo(Guid.NewGuid().ToString("D"), account, _profile, now, now + _options.ApprovalKeyLifetime);
        _keys[info.ApprovalKey] = info;
        return info;
    }

    /// <summary>Every approval key issued so far, to any app key (the <c>/sim/auth/issued</c> control endpoint).</summary>
    public IReadOnlyList<string> Issued() => [.. _keys.Keys];

    public ApprovalKeyInfo? Resolve(string approvalKey) =>
        _keys.TryGetValue(approvalKey, out var info) && clock.GetUtcNow() < info.ExpiresAt ? info : null;
}
