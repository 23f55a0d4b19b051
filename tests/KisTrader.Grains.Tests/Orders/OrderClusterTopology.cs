namespace KisTrader.Grains.Tests.Orders;

/// <summary>
/// How an <see cref="OrderCluster"/> is laid out: <paramref name="Silos"/> silos; grain state and reminders on the
/// (migrated) PostgreSQL database <paramref name="Database"/> when given, so they outlive a killed silo; the reminder
/// service on <paramref name="ReminderClock"/> when given (a test steps it), else on wall time.
/// </summary>
public sealed record OrderClusterTopology(short Silos = 1, string? Database = null, TimeProvider? ReminderClock = null);
