using System.Text.Json;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Storage;
using KisTrader.Trading.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Streams;

namespace KisTrader.Grains.Kis;

/// <summary>
/// The cluster's token store of one app key (<see cref="IKisAuthGrain"/>). Secrets are encrypted before they reach the
/// state, with the grain key bound as associated data. The issuing right is kept in memory: after a restart of this grain
/// nobody holds it, which at worst lets one more silo issue — never a wrong token. Changes (token issued, renewed,
/// invalidated; approval key saved, removed) are journaled and published as <see cref="KisAuthChanged"/> with times only,
/// never a credential; a journal outage is logged and does not stop the token store (<see cref="TradingEventPublisher.TryPublishAsync"/>).
/// </summary>
internal sealed class KisAuthGrain(
    [PersistentState("kisAuth", ProviderNames.GrainStorage)] IPersistentState<KisAuthState> state,
    KisSecretCipher cipher,
    TradingEventPublisher events,
    IOptions<KisClusterOptions> options,
    TimeProvider clock,
    ILogger<KisAuthGrain> logger) : Grain, IKisAuthGrain
{
    private readonly KisClusterOptions _options = options.Value;
    private string? _issuer;
    private DateTimeOffset _issuerUntil;

    private string KeyId => this.GetPrimaryKeyString();

    public Task<KisTokenLookup> GetTokenAsync(string holderId)
    {
        ArgumentException.ThrowIfNullOrEmpty(holderId);
        var now = clock.GetUtcNow();
        if (ReadToken() is { } token && token.ExpiresAt > now)
        {
            return Task.FromResult(new KisTokenLookup(token, false, TimeSpan.Zero));
        }

        if (_issuer is not null && !string.Equals(_issuer, holderId, StringComparison.Ordinal) && now < _issuerUntil)
        {
            var wait = _issuerUntil - now;
            return Task.FromResult(new KisTokenLookup(null, false, wait < _options.TokenPollInterval ? wait : _options.TokenPollInterval));
        }

        _issuer = holderId;
        _issuerUntil = now + _options.TokenIssueLease;
        logger.IssueRightGranted(KeyId, holderId);
        return Task.FromResult(new KisTokenLookup(null, true, TimeSpan.Zero));
    }

    public async Task SaveTokenAsync(string holderId, KisAccessToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var json = JsonSerializer.Serialize(new StoredToken(token.AccessToken, token.IssuedAt, token.ExpiresAt));
        var renewed = state.State.Token is not null;
        state.State.Token = cipher.Encrypt(json, TokenContext);
        await state.WriteStateAsync();
        _issuer = null;
        logger.TokenSaved(KeyId, holderId, token.ExpiresAt);
        var change = renewed ? KisAuthChange.TokenRenewed : KisAuthChange.TokenIssued;
        await TellAsync(change, $"KIS key {KeyId}: token {(renewed ? "renewed" : "issued")}, expires {token.ExpiresAt.ToOffset(KrxTime.Offset):yyyy-MM-dd HH:mm} KST", token.IssuedAt, token.ExpiresAt);
    }

    public async Task<bool> RemoveTokenAsync(string tokenFingerprint)
    {
        ArgumentException.ThrowIfNullOrEmpty(tokenFingerprint);
        if (ReadToken() is not { } token || !string.Equals(KisAccessToken.Fingerprint(token.AccessToken), tokenFingerprint, StringComparison.Ordinal))
        {
            return false;
        }

        state.State.Token = null;
        await state.WriteStateAsync();
        logger.TokenRemoved(KeyId);
        await TellAsync(KisAuthChange.TokenInvalidated, $"KIS key {KeyId}: stored token invalidated (KIS refused it)", null, null);
        return true;
    }

    public Task<string?> GetApprovalKeyAsync() => Task.FromResult(cipher.Decrypt(state.State.ApprovalKey, ApprovalContext));

    public async Task SaveApprovalKeyAsync(string approvalKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(approvalKey);
        state.State.ApprovalKey = cipher.Encrypt(approvalKey, ApprovalContext);
        await state.WriteStateAsync();
        await TellAsync(KisAuthChange.ApprovalKeySaved, $"KIS key {KeyId}: WebSocket approval key stored", null, null);
    }

    public async Task RemoveApprovalKeyAsync()
    {
        if (state.State.ApprovalKey is null)
        {
            return;
        }

        state.State.ApprovalKey = null;
        await state.WriteStateAsync();
        await TellAsync(KisAuthChange.ApprovalKeyRemoved, $"KIS key {KeyId}: WebSocket approval key removed", null, null);
    }

    private Task<TradingEvent?> TellAsync(KisAuthChange change, string summary, DateTimeOffset? issuedAt, DateTimeOffset? expiresAt) =>
        events.TryPublishAsync(
            ServiceProvider.GetKeyedService<IStreamProvider>(ProviderNames.Streams), TradingEventCategory.KisAuth, KeyId, clock.GetUtcNow(), null,
            summary, new KisAuthChanged(KeyId, change, issuedAt, expiresAt));

    private string TokenContext => $"KisTrader.KisAuth/token/{KeyId}";

    private string ApprovalContext => $"KisTrader.KisAuth/approval/{KeyId}";

    private KisAccessToken? ReadToken()
    {
        if (state.State.Token is null)
        {
            return null;
        }

        var json = cipher.Decrypt(state.State.Token, TokenContext);
        if (json is null)
        {
            // Another key (a silo misconfigured, or the key was rotated): the stored token is useless, not dangerous.
            logger.TokenUnreadable(KeyId);
            return null;
        }

        var stored = JsonSerializer.Deserialize<StoredToken>(json);
        return stored is null ? null : new KisAccessToken(stored.Token, stored.IssuedAt, stored.ExpiresAt);
    }

    private sealed record StoredToken(string Token, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt);
}
