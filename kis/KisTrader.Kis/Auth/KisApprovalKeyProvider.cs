using KisTrader.Kis.Configuration;
using KisTrader.Kis.WebSocket;
using KisTrader.Kis.Work;
using Microsoft.Extensions.Logging;

namespace KisTrader.Kis.Auth;

/// <summary>
/// The WebSocket approval key of one app key (POST /oauth2/Approval, kis-api.md §2.3), with the token's discipline:
/// single-flight, reused until invalidated, never two requests within <see cref="KisAuthOptions.MinApprovalInterval"/>.
/// </summary>
internal sealed class KisApprovalKeyProvider(KisOAuthClient oauth, KisAuthOptions options, TimeProvider clock, ILogger logger) : IApprovalKeySource, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _maskedKey = Secrets.Redact.Mask(oauth.Credentials.AppKey);
    private volatile string? _current;
    private DateTimeOffset? _lastIssueAttempt;
    private int _issued;

    /// <summary>Approval calls made by this provider.</summary>
    public int Issued => Volatile.Read(ref _issued);

    public async ValueTask<string> GetApprovalKeyAsync(CancellationToken ct)
    {
        if (_current is { } known)
        {
            return known;
        }

        ct.ThrowIfCancellationRequested();
        if (!_gate.Wait(0, CancellationToken.None))
        {
            // Queued behind a request that may wait out the minimum interval on the clock: let go of the work scope.
            using (WorkScope.Suspend())
            {
                await _gate.WaitAsync(ct).ConfigureAwait(false);
            }
        }

        try
        {
            if (_current is { } current)
            {
                return current;
            }

            if (_lastIssueAttempt is { } last)
            {
                var wait = last + options.MinApprovalInterval - clock.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await WorkScope.DelayAsync(wait, clock, ct).ConfigureAwait(false);
                }
            }

            _lastIssueAttempt = clock.GetUtcNow();
            Interlocked.Increment(ref _issued);
            var key = await oauth.IssueApprovalKeyAsync(ct).ConfigureAwait(false);
            _current = key;
            logger.ApprovalKeyIssued(_maskedKey);
            return key;
        }
        finally
        {
            _gate.Release();
        }
    }

    public ValueTask InvalidateApprovalKeyAsync(CancellationToken ct)
    {
        _current = null;
        return ValueTask.CompletedTask;
    }

    public void Dispose() => _gate.Dispose();
}
