using System.Collections.Concurrent;

namespace KisTrader.Web.Security;

/// <summary>Keys in this process only (the one-process mode without a database): a restart forgets them.</summary>
internal sealed class InMemoryApiKeyStore : IApiKeyStore
{
    private readonly ConcurrentDictionary<string, ApiKeyRecord> _keys = new(StringComparer.Ordinal);

    public string Description => "in memory (keys are forgotten at restart)";

    public Task<ApiKeyRecord?> FindAsync(string keyId, CancellationToken cancellationToken) =>
        Task.FromResult(_keys.TryGetValue(keyId, out var record) ? record : null);

    public Task<bool> AddAsync(ApiKeyRecord record, CancellationToken cancellationToken) => Task.FromResult(_keys.TryAdd(record.KeyId, record));

    public Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ApiKeyRecord>>([.. _keys.Values.OrderBy(k => k.CreatedAt)]);

    public Task<bool> RevokeAsync(string keyId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        while (_keys.TryGetValue(keyId, out var record) && record.RevokedAt is null)
        {
            if (_keys.TryUpdate(keyId, record with { RevokedAt = at }, record))
            {
                return Task.FromResult(true);
            }
        }

        return Task.FromResult(false);
    }
}
