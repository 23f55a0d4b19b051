namespace KisTrader.Grains.Storage;

/// <summary>A migration script failed; the database is left at the last script that succeeded (one transaction per script).</summary>
public sealed class MigrationException : Exception
{
    public MigrationException()
    {
    }

    public MigrationException(string message)
        : base(message)
    {
    }

    public MigrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
