using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Grains.Tests.Orders;

/// <summary>
/// A switch on the silo's reminder table: while <see cref="Failing"/> is set every write (<c>UpsertRow</c>) fails, as
/// when the reminder store is down; reads and removals still work. <see cref="Install"/> wraps the table the silo
/// registered (<see cref="FaultyReminderTable"/>).
/// </summary>
public sealed class ReminderWriteFault
{
    private int _refused;

    /// <summary>Writes fail while set.</summary>
    public bool Failing { get; set; }

    /// <summary>How many writes were refused so far.</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <summary>Wraps the silo's registered <see cref="IReminderTable"/> (call after the reminder service is added).</summary>
    public static void Install(IServiceCollection services, ReminderWriteFault fault)
    {
        var original = services.Last(d => d.ServiceType == typeof(IReminderTable) && !d.IsKeyedService);
        services.Remove(original);
        services.AddSingleton<IReminderTable>(sp => new FaultyReminderTable(Create(sp, original), fault));
    }

    internal void Refuse() => Interlocked.Increment(ref _refused);

    private static IReminderTable Create(IServiceProvider services, ServiceDescriptor descriptor) =>
        (IReminderTable)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
