using Npgsql;
using NpgsqlTypes;

namespace KisTrader.Web.Alerts;

/// <summary>Preferences in <c>journal.alert_preferences</c> (deploy/sql/journal/0008_alert_preferences.sql), shared by every front end.</summary>
internal sealed class PostgresAlertPreferenceStore(NpgsqlDataSource dataSource) : IAlertPreferenceStore
{
    public async Task<AlertPreferences?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT minimum_move, categories FROM journal.alert_preferences WHERE key_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = keyId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new AlertPreferences(reader.GetDecimal(0), [.. reader.GetFieldValue<string[]>(1)])
            : null;
    }

    public async Task SaveAsync(string keyId, AlertPreferences preferences, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO journal.alert_preferences (key_id, minimum_move, categories, updated_at) VALUES ($1, $2, $3, $4)
            ON CONFLICT (key_id) DO UPDATE SET minimum_move = EXCLUDED.minimum_move, categories = EXCLUDED.categories, updated_at = EXCLUDED.updated_at
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = keyId });
        command.Parameters.Add(new NpgsqlParameter { Value = preferences.MinimumMove });
        command.Parameters.Add(new NpgsqlParameter { Value = preferences.Categories.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = at.ToUniversalTime() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
