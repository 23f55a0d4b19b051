using Npgsql;

namespace KisTrader.Silo.Hosting;

/// <summary>Makes a PostgreSQL connection string safe to log.</summary>
public static class ConnectionStrings
{
    /// <summary>
    /// Host, port, database and user of a connection string, with the password masked: e.g.
    /// <c>Host=db;Port=5432;Database=kistrader;Username=kistrader;Password=***</c>. Nothing else of the string is shown.
    /// </summary>
    public static string Mask(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        NpgsqlConnectionStringBuilder parsed;
        try
        {
            parsed = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            return "(unparsable connection string)";
        }

        var password = string.IsNullOrEmpty(parsed.Password) ? "" : ";Password=***";
        return $"Host={parsed.Host};Port={parsed.Port};Database={parsed.Database};Username={parsed.Username}{password}";
    }

    /// <summary>True when Npgsql accepts the string and it names a host.</summary>
    public static bool IsValid(string connectionString)
    {
        try
        {
            return !string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(connectionString).Host);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            return false;
        }
    }
}
