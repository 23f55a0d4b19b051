using System.Net.WebSockets;
using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Tests.Trading.Support;
using KisTrader.Kis.Simulator.Trading;
using KisTrader.Kis.Simulator.Trading.Api;
using KisTrader.Kis.Simulator.Trading.Book;
using KisTrader.Kis.Simulator.Trading.Market;
using KisTrader.Kis.Simulator.WebSocket.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KisTrader.Kis.Simulator.Tests.WebSocket.Support;

/// <summary>
/// The trading and WebSocket services on Kestrel (loopback, free port) with manual wall and simulated clocks, a scripted
/// market and fake approval keys. The background pump is slowed to once a minute: tests call <see cref="StepAsync"/>.
/// </summary>
internal sealed class WsTestHost : IAsyncDisposable
{
    private WebApplication? _app;

    private WsTestHost()
    {
    }

    public static readonly DateTimeOffset Start = FakeTradingMarket.Kst(2026, 11, 23, 15, 25);

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public Uri WebSocketUrl { get; private set; } = new("ws://127.0.0.1/");

    public ManualClock Wall { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public ManualClock Simulated { get; } = new(Start);

    public FakeSimMarket Market { get; } = new();

    public FakeTradingMarket TradingMarket { get; } = new();

    public TradingBook Book => Service<TradingBook>();

    public AccountRef RealAccount { get; } = new("50000001", "01", "realhts", false, "실전계좌", 10_000_000m);

    public AccountRef PaperAccount { get; } = new("60000001", "01", "paperhts", true, "모의계좌", 10_000_000m);

    public static async Task<WsTestHost> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var config = new Dictionary<string, string?>
        {
            ["Simulator:Trading:PumpInterval"] = "00:01:00",
            ["Simulator:WebSocket:PumpInterval"] = "00:01:00",
            ["Simulator:WebSocket:PingInterval"] = "00:00:10",
            ["Simulator:WebSocket:PongTimeout"] = "00:00:30",
        };
        foreach (var (key, value) in settings ?? [])
        {
            config[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(config);
        var host = new WsTestHost();
        builder.Services.AddSingleton<TimeProvider>(host.Simulated);
        builder.Services.AddSingleton(new WallClock(host.Wall));
        builder.Services.AddSingleton<ISimMarket>(host.Market);
        host.TradingMarket.List(FakeSimMarket.Code, "삼성전자", 70_000m, 91_000m, 49_000m);
        builder.Services.AddSingleton<ITradingMarket>(host.TradingMarket);
        builder.Services.AddSingleton<IWsApprovalResolver, FakeApprovals>();
        builder.Services.AddSingleton<ITradingGateway>(sp => new TestTradingGateway(sp.GetRequiredService<TradingClock>(), host.RealAccount, host.PaperAccount));
        builder.Services.AddSimTrading(builder.Configuration);

        var app = builder.Build();
        app.MapSimWebSocket();
        app.MapSimTrading();
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host._app = app;
        host.BaseUrl = new Uri(address);
        host.WebSocketUrl = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal));
        return host;
    }

    /// <summary>One pump step at the simulated now: book advance, market frames, heartbeat.</summary>
    public Task StepAsync() => Service<SimTradingPump>().StepAsync(TestContext.Current.CancellationToken);

    public T Service<T>() where T : notnull => _app!.Services.GetRequiredService<T>();

    public async Task<WsClient> ConnectAsync(string path = "/tryitout")
    {
        var registry = Service<WsSessionRegistry>();
        var before = registry.Snapshot().Select(s => s.Id).ToHashSet();
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(WebSocketUrl, path), TestContext.Current.CancellationToken);
        // The 101 reaches the client before the server has created its session: wait for it, so wall-clock steps that
        // follow apply to this session.
        await Eventually.TrueAsync(() => registry.Snapshot().Any(s => !before.Contains(s.Id)), "the server has opened the session");
        return new WsClient(socket);
    }

    /// <summary>A raw KIS REST call: headers appkey ("real"/"paper"), tr_id and tr_cont; GET with a query or POST with a JSON body.</summary>
    public async Task<(int Status, string TrCont, System.Text.Json.JsonElement Body)> CallAsync(
        HttpMethod method, string path, string trId, bool paper = false, string trCont = "", string? json = null)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl };
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("appkey", paper ? "paper" : "real");
        request.Headers.Add("tr_id", trId);
        request.Headers.Add("tr_cont", trCont);
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var trContHeader = response.Headers.TryGetValues("tr_cont", out var values) ? values.Single() : string.Empty;
        return ((int)response.StatusCode, trContHeader, System.Text.Json.JsonDocument.Parse(text).RootElement.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
        }
    }
}
