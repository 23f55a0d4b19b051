namespace KisTrader.Silo.Hosting;

/// <summary>Grain state and reminders (section <c>KisTrader:Storage</c>); the database is <c>ConnectionStrings:KisTrader</c>.</summary>
public sealed class SiloStorageOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = SiloHostOptions.Section + ":Storage";

    /// <summary>
    /// Memory or AdoNet, for grain state and the stream pub-sub store. Default: AdoNet when a database is configured,
    /// otherwise Memory. Memory is allowed only in Simulator mode without a database (it is not durable).
    /// </summary>
    public StorageKind? GrainStorage { get; set; }

    /// <summary>
    /// Memory or AdoNet, for reminders (the KRX schedule). Default: AdoNet when a database is configured, otherwise
    /// Memory. Memory is refused in Paper and Real mode (a restart would forget the schedule).
    /// </summary>
    public StorageKind? Reminders { get; set; }

    /// <summary>
    /// Apply the database migrations (<c>migrate</c>) when the silo starts, before it joins the cluster. Safe with
    /// several silos (the migrator takes a PostgreSQL advisory lock and does nothing when up to date); turn it off when
    /// a separate migration job runs first or the silo's database role may not change the schema. Default true.
    /// </summary>
    public bool MigrateOnStart { get; set; } = true;
}
