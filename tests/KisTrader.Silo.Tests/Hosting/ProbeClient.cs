using KisTrader.GrainInterfaces;
using KisTrader.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Streams;

namespace KisTrader.Silo.Tests.Hosting;

/// <summary>An external Orleans client (as the web front end will be) with the silo's stream provider.</summary>
internal sealed class ProbeClient : IAsyncDisposable
{
    private readonly IHost _host;

    private ProbeClient(IHost host) => _host = host;

    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    public static async Task<ProbeClient> StartAsync(Action<IClientBuilder> clustering)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(c =>
        {
            clustering(c);
            c.AddMemoryStreams(ProviderNames.Streams);
        });
        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return new ProbeClient(host);
    }

    public static Task<ProbeClient> StartAdoNetAsync(string connectionString, string clusterId, string serviceId) =>
        StartAsync(c => c
            .Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = serviceId;
            })
            .UseAdoNetClustering(o =>
            {
                o.Invariant = SiloHostingExtensions.AdoNetInvariant;
                o.ConnectionString = connectionString;
            }));

    /// <summary>Subscribes to <c>events/&lt;key&gt;</c>, has a grain publish <paramref name="message"/> there, and returns what arrived.</summary>
    /// <remarks><c>whileSubscribed</c> runs after the event arrived, before the subscription ends.</remarks>
    public async Task<string> RoundTripEventAsync(string grainKey, string streamKey, string message, Func<Task>? whileSubscribed = null)
    {
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var stream = Client.GetStreamProvider(ProviderNames.Streams).GetStream<string>(StreamId.Create(ProviderNames.EventsNamespace, streamKey));
        var subscription = await stream.SubscribeAsync((item, _) =>
        {
            received.TrySetResult(item);
            return Task.CompletedTask;
        });
        await Client.GetGrain<ISiloProbeGrain>(grainKey).PublishAsync(streamKey, message);
        try
        {
            var item = await received.Task.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
            if (whileSubscribed is not null)
            {
                await whileSubscribed();
            }

            return item;
        }
        finally
        {
            await subscription.UnsubscribeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
    }
}
