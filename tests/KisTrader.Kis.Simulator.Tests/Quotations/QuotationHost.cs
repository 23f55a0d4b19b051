using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.Kis.Simulator.Market;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Kis.Simulator.Tests.Quotations;

/// <summary>
/// Starts the quotation endpoints (AddSimMarket + MapSimQuotations, no gateway) on a free loopback port with a settable
/// clock, and sends raw HTTP requests. Shared by the quotation tests of one class.
/// </summary>
public sealed class QuotationHost : IAsyncLifetime
{
    private WebApplication? _app;

    internal ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 15, 35, 0, TimeSpan.FromHours(9)));

    internal ISimMarket Market => _app!.Services.GetRequiredService<ISimMarket>();

    public HttpClient Http { get; } = new();

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Market:Seed"] = "42",
            ["Market:KospiListings"] = "200",
            ["Market:KosdaqListings"] = "200",
        });
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddSimMarket(builder.Configuration);
        _app = builder.Build();
        _app.MapSimQuotations();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http.BaseAddress = new Uri(address);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>GET a quotation path with a query; returns status, the tr_cont header and the parsed body.</summary>
    public async Task<(int Status, string? TrCont, JsonElement Body)> GetAsync(string path, string trId, params (string Name, string Value)[] query)
    {
        var url = path + "?" + string.Join("&", query.Select(q => $"{q.Name}={Uri.EscapeDataString(q.Value)}"));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("tr_id", trId);
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var trCont = response.Headers.TryGetValues("tr_cont", out var v) ? v.First() : null;
        return ((int)response.StatusCode, trCont, body);
    }
}
