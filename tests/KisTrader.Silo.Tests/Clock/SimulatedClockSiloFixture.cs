using System.Collections.Concurrent;
using System.Diagnostics;
using KisTrader.Kis.Simulator.Clock;
using KisTrader.Silo.Simulation;
using KisTrader.Silo.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KisTrader.Silo.Tests.Clock;

/// <summary>
/// A real Orleans silo (localhost clustering, memory storage, memory reminders, memory streams) registered on one
/// <see cref="SimClock"/> at 60× the real wall clock with <see cref="SimulatedClockRegistration.UseSimulatedClock"/>, as
/// the one-process run is. Every timer dispatch of the clock is recorded.
/// </summary>
public sealed class SimulatedClockSiloFixture : IAsyncLifetime
{
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private IHost? _host;

    public SimClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.FromHours(9)), 60m);

    public ConcurrentQueue<SimTimerDispatch> Dispatches { get; } = new();

    public IGrainFactory Grains => _host!.Services.GetRequiredService<IGrainFactory>();

    public async ValueTask InitializeAsync()
    {
        Clock.Dispatched += Dispatches.Enqueue;
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(FreePort.Next(), FreePort.Next(), serviceId: "clock", clusterId: $"clock-{Guid.NewGuid():N}")
            .AddMemoryGrainStorage("Default")
            .AddMemoryGrainStorage("PubSubStore")
            .AddMemoryStreams("Streams")
            .UseInMemoryReminderService());
        builder.Services.UseSimulatedClock(Clock);
        _host = builder.Build();
        await _host.StartAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Polls <paramref name="done"/> every 50 ms of wall time until it holds or <see cref="Patience"/> runs out.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (watch.Elapsed > Patience)
            {
                throw new TimeoutException($"{what} did not happen within {Patience} of wall time");
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync(CancellationToken.None);
            _host.Dispose();
        }

        Clock.Dispose();
    }
}
