using KisTrader.Kis.Configuration;
using KisTrader.Kis.Transport;
using KisTrader.Kis.Work;
using Microsoft.Extensions.Logging;

namespace KisTrader.Kis.Auth;

/// <summary>
/// The access token of one app key (kis-api.md §2.1, §8.1): single-flight issuance (any number of concurrent callers
/// cause at most one tokenP), reuse from memory and from the <see cref="IKisTokenStore"/> for its lifetime, renewal
/// ahead of expiry, never two issuances within <see cref="KisAuthOptions.MinIssueInterval"/> (KIS allows one a minute
/// and sends the owner a KakaoTalk message each time), and invalidation when KIS calls the token expired or invalid.
/// </summary>
internal sealed class KisTokenProvider(KisOAuthClient oauth, IKisTokenStore store, KisAuthOptions options, TimeProvider clock, ILogger logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly KisCredentials _credentials = oauth.Credentials;
    private readonly string _maskedKey = Secrets.Redact.Mask(oauth.Credentials.AppKey);
    private volatile KisStoredToken? _current;
    private DateTimeOffset? _lastIssueAttempt;
    private int _issued;

    /// <summary>tokenP calls made by this provider.</summary>
    public int Issued => Volatile.Read(ref _issued);

    /// <summary>A valid access token (issues one only when none is usable).</summary>
    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && !NeedsRenewal(current, clock.GetUtcNow()))
        {
            return current.AccessToken;
        }

        await EnterGateAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = clock.GetUtcNow();
            current = _current;
            if (current is null || NeedsRenewal(current, now))
            {
                // Before issuing, look in the store: another process sharing it (a restarted client, another silo) may
                // already hold a newer token, and every issuance costs the owner a KakaoTalk message.
                var stored = await store.GetAsync(_credentials.KeyId, cancellationToken).ConfigureAwait(false);
                if (stored is not null && stored.ExpiresAt > now
                    && (current is null || (!string.Equals(stored.AccessToken, current.AccessToken, StringComparison.Ordinal) && stored.ExpiresAt > current.ExpiresAt)))
                {
                    _current = current = stored;
                    logger.TokenLoaded(_maskedKey, stored.ExpiresAt);
                }
            }

            if (current is not null && !NeedsRenewal(current, now))
            {
                return current.AccessToken;
            }

            var usable = current is not null && current.ExpiresAt > now + TimeSpan.FromMinutes(1);
            if (usable && _lastIssueAttempt is { } last && now - last < options.MinIssueInterval)
            {
                // Renewal is due but we asked recently: keep the still-valid token rather than risk EGW00133.
                return current!.AccessToken;
            }

            try
            {
                return (await IssueLockedAsync(cancellationToken).ConfigureAwait(false)).AccessToken;
            }
            catch (Exception ex) when (usable && ex is KisApiException or KisTransportException)
            {
                logger.TokenRenewalFailed(ex, _maskedKey);
                return current!.AccessToken;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>KIS answered EGW00123/EGW00121 for <paramref name="token"/>: forget it here and in the store (a newer one is kept).</summary>
    public async ValueTask InvalidateAsync(string token, string msgCd, CancellationToken cancellationToken)
    {
        await EnterGateAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_current is { } current && string.Equals(current.AccessToken, token, StringComparison.Ordinal))
            {
                _current = null;
                logger.TokenInvalidated(_maskedKey, msgCd);
            }

            // Remove it from the store only if the store still holds this very token: another process sharing the store
            // may already have saved its replacement, which must survive.
            var stored = await store.GetAsync(_credentials.KeyId, cancellationToken).ConfigureAwait(false);
            if (stored is not null && string.Equals(stored.AccessToken, token, StringComparison.Ordinal))
            {
                await store.RemoveAsync(_credentials.KeyId, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>
    /// The single-flight gate. A caller that has to queue behind an issuance (which may wait out the minimum interval on
    /// the clock) lets go of its work scope meanwhile.
    /// </summary>
    private async ValueTask EnterGateAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_gate.Wait(0, CancellationToken.None))
        {
            return;
        }

        using (WorkScope.Suspend())
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private bool NeedsRenewal(KisStoredToken token, DateTimeOffset now) => now >= token.ExpiresAt - options.RenewBeforeExpiry;

    private async Task<KisStoredToken> IssueLockedAsync(CancellationToken cancellationToken)
    {
        if (_lastIssueAttempt is { } last)
        {
            var wait = last + options.MinIssueInterval - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                logger.TokenIssueDeferred(_maskedKey, wait, options.MinIssueInterval);
                await WorkScope.DelayAsync(wait, clock, cancellationToken).ConfigureAwait(false);
            }
        }

        _lastIssueAttempt = clock.GetUtcNow();
        Interlocked.Increment(ref _issued);
        KisStoredToken token;
        try
        {
            token = await oauth.IssueTokenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (KisAuthenticationException ex) when (ex.IsThrottled)
        {
            // EGW00133: another process (or a restart without a persistent store) issued within the minute. KIS asks to
            // retry later: wait one interval once, then ask again; a second refusal goes to the caller.
            logger.TokenIssueDeferred(_maskedKey, options.MinIssueInterval, options.MinIssueInterval);
            await WorkScope.DelayAsync(options.MinIssueInterval, clock, cancellationToken).ConfigureAwait(false);
            _lastIssueAttempt = clock.GetUtcNow();
            Interlocked.Increment(ref _issued);
            token = await oauth.IssueTokenAsync(cancellationToken).ConfigureAwait(false);
        }

        _current = token;
        await store.SaveAsync(_credentials.KeyId, token, cancellationToken).ConfigureAwait(false);
        logger.TokenIssued(_maskedKey, token.ExpiresAt);
        return token;
    }
}
