using Npgsql;

namespace KisTrader.Silo.Tests.Deployment;

/// <summary>Every table of the journal and Orleans schemas, by name, with its row count and a digest of its rows.</summary>
internal static class DatabaseContent
{
    public static async Task<SortedDictionary<string, string>> ReadAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT format('%I.%I', schemaname, tablename) FROM pg_tables WHERE schemaname IN ('public', 'journal')", connection))
        await using (var reader = await list.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var content = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            // The table name comes from the catalog (format %I quotes it), not from input.
#pragma warning disable CA2100
            await using var digest = new NpgsqlCommand($"SELECT count(*) || ' rows, md5 ' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '-') FROM {table} t", connection);
#pragma warning restore CA2100
            content[table] = (string)(await digest.ExecuteScalarAsync(ct))!;
        }

        return content;
    }
}
