namespace KisTrader.Grains.Storage;

/// <summary>The two schemas the migrator maintains, each with its own scripts and its own dbup journal table.</summary>
public enum DatabaseSchema
{
    /// <summary>Orleans ADO.NET tables and named queries (clustering, grain state, reminders), in <c>public</c>.</summary>
    Orleans,

    /// <summary>The trading journal, in schema <c>journal</c>.</summary>
    Journal,
}
