using KisTrader.Silo.Hosting;
using Npgsql;

namespace KisTrader.Web.Security;

/// <summary>Keys in <c>journal.api_keys</c> (migration deploy/sql/journal/0007_api_keys.sql): shared by every front end of the cluster.</summary>
internal sealed class PostgresApiKeyStore(NpgsqlDataSource dataSource) : IApiKeyStore
{
    private const string Columns = "key_id, name, role, salt, hash, iterations, created_at, revoked_at";

    public string Description => $"PostgreSQL {ConnectionStrings.Mask(dataSource.ConnectionString)} (journal.api_keys)";

    public async Task<ApiKeyRecord?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM journal.api_keys WHERE key_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = keyId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<bool> AddAsync(ApiKeyRecord record, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"INSERT INTO journal.api_keys ({Columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (key_id) DO NOTHING");
        foreach (var value in new object?[] { record.KeyId, record.Name, record.Role.ToString(), record.Salt, record.Hash, record.Iterations, record.CreatedAt, record.RevokedAt })
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM journal.api_keys ORDER BY created_at, key_id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new List<ApiKeyRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(Read(reader));
        }

        return keys;
    }

    public async Task<bool> RevokeAsync(string keyId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE journal.api_keys SET revoked_at = $2 WHERE key_id = $1 AND revoked_at IS NULL");
        command.Parameters.Add(new NpgsqlParameter { Value = keyId });
        command.Parameters.Add(new NpgsqlParameter { Value = at });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static ApiKeyRecord Read(NpgsqlDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        Enum.Parse<ApiKeyRole>(r.GetString(2)),
        (byte[])r[3],
        (byte[])r[4],
        r.GetInt32(5),
        r.GetFieldValue<DateTimeOffset>(6),
        r.IsDBNull(7) ? null : r.GetFieldValue<DateTimeOffset>(7));
}
