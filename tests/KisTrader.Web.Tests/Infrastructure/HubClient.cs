using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Web.Tests.Infrastructure;

/// <summary>A real SignalR client of the front end's hub (over the test server), recording what it receives.</summary>
public sealed class HubClient : IAsyncDisposable
{
    private HubClient(HubConnection connection)
    {
        Connection = connection;
        connection.On<JsonElement>("event", e => Events.Enqueue(e));
        connection.On<JsonElement>("quote", q => Quotes.Enqueue(q));
        connection.On<JsonElement>("fill", f => Fills.Enqueue(f));
        connection.On<JsonElement>("move", m => Moves.Enqueue(m));
    }

    public HubConnection Connection { get; }

    public ConcurrentQueue<JsonElement> Events { get; } = new();

    public ConcurrentQueue<JsonElement> Quotes { get; } = new();

    public ConcurrentQueue<JsonElement> Fills { get; } = new();

    /// <summary>Quote alerts: a followed symbol's move reached the key's minimum move.</summary>
    public ConcurrentQueue<JsonElement> Moves { get; } = new();

    /// <summary>The sequences of the events received so far.</summary>
    public IReadOnlyList<long> Sequences => [.. Events.Select(e => e.GetProperty("sequence").GetInt64())];

    /// <summary>A connection with <paramref name="key"/> as the query's access_token (null: none), not started.</summary>
    public static HubClient Create(WebApplicationFactory<KisTrader.Web.Hosting.WebHostOptions> factory, string? key)
    {
        var server = factory.Server;
        var url = new Uri(server.BaseAddress, "hubs/trading");
        var connection = new HubConnectionBuilder()
            .WithUrl(url, o =>
            {
                o.HttpMessageHandlerFactory = _ => server.CreateHandler();
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
                if (key is not null)
                {
                    o.AccessTokenProvider = () => Task.FromResult<string?>(key);
                }
            })
            .AddJsonProtocol(j => j.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
        return new HubClient(connection);
    }

    /// <summary>Starts a connection with <paramref name="key"/>.</summary>
    public static async Task<HubClient> StartAsync(WebApplicationFactory<KisTrader.Web.Hosting.WebHostOptions> factory, string key)
    {
        var client = Create(factory, key);
        await client.Connection.StartAsync(TestContext.Current.CancellationToken);
        return client;
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
