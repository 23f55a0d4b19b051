using System.Collections.Concurrent;

namespace KisTrader.Kis.Auth;

/// <summary>Tokens in this process only: a restart issues a new token.</summary>
public sealed class InMemoryKisTokenStore : IKisTokenStore
{
    private readonly ConcurrentDictionary<string, KisStoredToken> _tokens = new(StringComparer.Ordinal);

    public ValueTask<KisStoredToken?> GetAsync(string keyId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_tokens.TryGetValue(keyId, out var token) ? token : null);

    public ValueTask SaveAsync(string keyId, KisStoredToken token, CancellationToken cancellationToken)
    {
        _tokens[keyId] = token;
        return ValueTask.CompletedTask;
    }

    public ValueTask RemoveAsync(string keyId, CancellationToken cancellationToken)
    {
        _tokens.TryRemove(keyId, out _);
        return ValueTask.CompletedTask;
    }
}
