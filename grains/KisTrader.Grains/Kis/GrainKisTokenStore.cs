using System.Collections.Concurrent;
using KisTrader.GrainInterfaces;
using KisTrader.Kis.Auth;
using KisTrader.Kis.Work;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Kis;

/// <summary>
/// The KIS client's token store on the cluster (<see cref="IKisAuthGrain"/>): every silo reads the one token of an app key,
/// so a silo restart or a second silo issues none. When no token is stored, one silo at a time may issue; the others wait
/// (polling the grain) until it saved its token or its right lapsed. If the grain cannot be reached, reading fails and so
/// does the REST call that needed a token (fail closed); saving and removing only log, because the token in this silo's
/// memory stays good.
/// </summary>
public sealed class GrainKisTokenStore(IGrainFactory grains, IOptions<KisClusterOptions> options, TimeProvider clock, ILogger<GrainKisTokenStore> logger) : IKisTokenStore
{
    private readonly string _holderId = Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<string, string> _fingerprints = new(StringComparer.Ordinal);

    public async ValueTask<KisStoredToken?> GetAsync(string keyId, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<IKisAuthGrain>(GrainKeys.KisAuth(keyId));
        while (true)
        {
            var lookup = await grain.GetTokenAsync(_holderId).WaitAsync(cancellationToken).ConfigureAwait(false);
            if (lookup.Token is { } token)
            {
                _fingerprints[keyId] = KisAccessToken.Fingerprint(token.AccessToken);
                return new KisStoredToken(token.AccessToken, token.IssuedAt, token.ExpiresAt);
            }

            if (lookup.MayIssue)
            {
                return null;
            }

            await WorkScope.DelayAsync(lookup.RetryAfter > TimeSpan.Zero ? lookup.RetryAfter : options.Value.TokenPollInterval, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask SaveAsync(string keyId, KisStoredToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        _fingerprints[keyId] = KisAccessToken.Fingerprint(token.AccessToken);
        try
        {
            await grains.GetGrain<IKisAuthGrain>(GrainKeys.KisAuth(keyId))
                .SaveTokenAsync(_holderId, new KisAccessToken(token.AccessToken, token.IssuedAt, token.ExpiresAt))
                .WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.TokenSaveFailed(ex, keyId);
        }
    }

    public async ValueTask RemoveAsync(string keyId, CancellationToken cancellationToken)
    {
        if (!_fingerprints.TryRemove(keyId, out var fingerprint))
        {
            return;
        }

        try
        {
            await grains.GetGrain<IKisAuthGrain>(GrainKeys.KisAuth(keyId)).RemoveTokenAsync(fingerprint).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.TokenRemoveFailed(ex, keyId);
        }
    }
}
