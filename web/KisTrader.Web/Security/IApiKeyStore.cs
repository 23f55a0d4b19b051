namespace KisTrader.Web.Security;

/// <summary>Where the hashed keys live: memory in the one-process mode without a database, else PostgreSQL (<c>journal.api_keys</c>).</summary>
public interface IApiKeyStore
{
    /// <summary>"memory" or the masked database.</summary>
    string Description { get; }

    Task<ApiKeyRecord?> FindAsync(string keyId, CancellationToken cancellationToken);

    /// <summary>Adds a key; false when its id is taken.</summary>
    Task<bool> AddAsync(ApiKeyRecord record, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Revokes a key; false when there is no such active key.</summary>
    Task<bool> RevokeAsync(string keyId, DateTimeOffset at, CancellationToken cancellationToken);
}
