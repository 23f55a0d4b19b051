namespace KisTrader.Silo.Hosting;

/// <summary>Where grain state or reminders live (<c>KisTrader:Storage:GrainStorage</c>, <c>KisTrader:Storage:Reminders</c>).</summary>
public enum StorageKind
{
    /// <summary>In the silos' memory: lost when the cluster stops. Simulator mode only.</summary>
    Memory,

    /// <summary>In PostgreSQL (<c>orleansstorage</c>, <c>orleansreminderstable</c>): survives restarts.</summary>
    AdoNet,
}
