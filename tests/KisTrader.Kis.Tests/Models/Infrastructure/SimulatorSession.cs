using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KisTrader.Kis.Models;
using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Testing.Simulator;
using Microsoft.Extensions.Time.Testing;

namespace KisTrader.Kis.Tests.Models.Infrastructure;

/// <summary>
/// An in-process simulator (Real profile, seed 42, small universe unless overridden) whose simulated clock is paused at
/// <see cref="Start"/>, with <see cref="Scenario.Json"/> loaded through the control API. Calls are plain HttpClient
/// requests with the KIS headers (kis-api.md §2.5) and a token from POST /oauth2/tokenP, so the parsers are tested on the
/// bytes the simulator really sends. Derive one fixture per instant (the simulated clock only moves forward).
/// </summary>
public abstract class SimulatorSession : IAsyncLifetime
{
    private SimulatorHost? _host;
    private string? _token;

    /// <summary>Wall clock of the host (fake: rate-limit windows and pumps move only when told).</summary>
    public FakeTimeProvider Wall { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public SimulatorHost Host => _host ?? throw new InvalidOperationException("The simulator has not started.");

    public HttpClient Http { get; private set; } = new();

    /// <summary>The app key of this session (any key works on the simulator; the account derives from it).</summary>
    public string AppKey { get; } = "MODELS-" + Guid.NewGuid().ToString("N")[..12];

    public string AppSecret { get; } = "MODELS-SECRET-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The simulated instant the session starts at (KST).</summary>
    protected abstract DateTimeOffset Start { get; }

    /// <summary>KOSPI / KOSDAQ listings of the synthetic universe.</summary>
    protected virtual (int Kospi, int Kosdaq) Universe => (200, 200);

    /// <summary>Whether to load <see cref="Scenario.Json"/>.</summary>
    protected virtual bool LoadScenario => true;

    /// <summary>Extra simulator settings (e.g. smaller page sizes).</summary>
    protected virtual void Configure(IDictionary<string, string?> settings)
    {
    }

    public async ValueTask InitializeAsync()
    {
        _host = await TestSimulator.StartAsync(
            Start,
            settings =>
            {
                settings["Market:KospiListings"] = Universe.Kospi.ToString(System.Globalization.CultureInfo.InvariantCulture);
                settings["Market:KosdaqListings"] = Universe.Kosdaq.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Configure(settings);
            },
            Wall);
        Http = new HttpClient { BaseAddress = _host.BaseUrl };
        if (LoadScenario)
        {
            using var content = new StringContent(Scenario.Json, Encoding.UTF8, "application/json");
            using var response = await Http.PostAsync("/sim/scenario", content, TestContext.Current.CancellationToken);
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"/sim/scenario answered {(int)response.StatusCode}: {text}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>A GET of a KIS endpoint with the query dictionary a request record built; returns the whole reply body.</summary>
    public async Task<KisReply> GetAsync(KisEndpoint endpoint, IReadOnlyDictionary<string, string> query, string trCont = "")
    {
        var q = string.Join("&", query.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        using var request = new HttpRequestMessage(HttpMethod.Get, endpoint.Path + "?" + q);
        await AddHeadersAsync(request, endpoint.TrIdFor(paper: false), trCont);
        return await SendAsync(request);
    }

    /// <summary>A POST of a KIS endpoint with the body dictionary a request record built (serialised as a JSON object of strings).</summary>
    public async Task<KisReply> PostAsync(KisEndpoint endpoint, IReadOnlyDictionary<string, string> body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Path)
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        await AddHeadersAsync(request, endpoint.TrIdFor(paper: false), string.Empty);
        return await SendAsync(request);
    }

    /// <summary>The account of <see cref="AppKey"/> as the simulator's control API reports it.</summary>
    public async Task<(KisAccount Account, decimal StartingCash)> AccountAsync()
    {
        using var response = await Http.GetAsync(new Uri($"/sim/accounts/{AppKey}", UriKind.Relative), TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = document.RootElement;
        return (new KisAccount(root.GetProperty("cano").GetString()!, root.GetProperty("acntPrdtCd").GetString()!), root.GetProperty("startingCash").GetDecimal());
    }

    /// <summary>GET of a raw path (master files: no KIS headers).</summary>
    public async Task<byte[]> DownloadAsync(string path)
    {
        using var response = await Http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
    }

    private async Task AddHeadersAsync(HttpRequestMessage request, string trId, string trCont)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync());
        request.Headers.Add("appkey", AppKey);
        request.Headers.Add("appsecret", AppSecret);
        request.Headers.Add("tr_id", trId);
        request.Headers.Add("custtype", "P");
        request.Headers.Add("tr_cont", trCont);
    }

    private async Task<string> TokenAsync()
    {
        if (_token is not null)
        {
            return _token;
        }

        var body = JsonSerializer.Serialize(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["appkey"] = AppKey, ["appsecret"] = AppSecret });
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync("/oauth2/tokenP", content, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"tokenP answered {(int)response.StatusCode}: {text}");
        using var document = JsonDocument.Parse(text);
        _token = document.RootElement.GetProperty("access_token").GetString();
        return _token!;
    }

    private async Task<KisReply> SendAsync(HttpRequestMessage request)
    {
        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var body = JsonDocument.Parse(text).RootElement.Clone();
        var trCont = response.Headers.TryGetValues("tr_cont", out var values) ? string.Join(",", values) : string.Empty;
        var reply = new KisReply((int)response.StatusCode, trCont, body);
        Assert.True(reply.Status == 200 && reply.RtCd == "0", $"{request.Method} {request.RequestUri} answered {reply.Status}: {text}");
        return reply;
    }
}
