using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace KisTrader.Survival;

/// <summary>The simulator process's control API (<c>/sim</c>: clock, faults, metrics, accounts) as a test drives it.</summary>
internal sealed class SimulatorControl(Uri baseUrl) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };

    public Uri BaseUrl { get; } = baseUrl;

    /// <summary>The simulated now (GET /sim/clock).</summary>
    public async Task<DateTimeOffset> NowAsync(CancellationToken cancellationToken)
    {
        var clock = await _http.GetFromJsonAsync<JsonElement>(new Uri("/sim/clock", UriKind.Relative), cancellationToken);
        return DateTimeOffset.Parse(clock.GetProperty("now").GetString()!, CultureInfo.InvariantCulture);
    }

    /// <summary>POST /sim/clock with any of: a jump target, a speed, paused.</summary>
    public async Task SetClockAsync(CancellationToken cancellationToken, DateTimeOffset? to = null, decimal? speed = null, bool? paused = null)
    {
        var body = new Dictionary<string, object>();
        if (to is { } t)
        {
            body["to"] = t.ToString("O", CultureInfo.InvariantCulture);
        }

        if (speed is { } s)
        {
            body["speed"] = s;
        }

        if (paused is { } p)
        {
            body["paused"] = p;
        }

        using var response = await _http.PostAsJsonAsync(new Uri("/sim/clock", UriKind.Relative), body, cancellationToken);
        await EnsureAsync(response, "POST /sim/clock", cancellationToken);
    }

    /// <summary>Adds one fault (POST /sim/faults, the JSON of the simulator README's table) and returns its id.</summary>
    public async Task<int> AddFaultAsync(string json, CancellationToken cancellationToken)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri("/sim/faults", UriKind.Relative), content, cancellationToken);
        await EnsureAsync(response, "POST /sim/faults", cancellationToken);
        var added = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        var fault = added.ValueKind == JsonValueKind.Array ? added[0] : added;
        return fault.GetProperty("id").GetInt32();
    }

    /// <summary>Removes every fault, scheduled or active (DELETE /sim/faults); the metrics keep their counts.</summary>
    public async Task ClearFaultsAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.DeleteAsync(new Uri("/sim/faults", UriKind.Relative), cancellationToken);
        await EnsureAsync(response, "DELETE /sim/faults", cancellationToken);
    }

    /// <summary>How often a fault hit so far (GET /sim/faults).</summary>
    public async Task<int> FaultHitsAsync(int id, CancellationToken cancellationToken)
    {
        var faults = await _http.GetFromJsonAsync<JsonElement>(new Uri("/sim/faults", UriKind.Relative), cancellationToken);
        return faults.EnumerateArray().Where(f => f.GetProperty("id").GetInt32() == id).Select(f => f.GetProperty("hits").GetInt32()).FirstOrDefault();
    }

    /// <summary>GET /sim/metrics.</summary>
    public Task<JsonElement> MetricsAsync(CancellationToken cancellationToken) =>
        _http.GetFromJsonAsync<JsonElement>(new Uri("/sim/metrics", UriKind.Relative), cancellationToken);

    /// <summary>The account (CANO, HTS ID) the simulator gives an app key.</summary>
    public async Task<(string Cano, string HtsId)> AccountAsync(string appKey, CancellationToken cancellationToken)
    {
        var account = await _http.GetFromJsonAsync<JsonElement>(new Uri($"/sim/accounts/{Uri.EscapeDataString(appKey)}", UriKind.Relative), cancellationToken);
        return (account.GetProperty("cano").GetString()!, account.GetProperty("htsId").GetString()!);
    }

    /// <summary>The cash the simulator's account of an app key started with.</summary>
    public async Task<decimal> StartingCashAsync(string appKey, CancellationToken cancellationToken)
    {
        var account = await _http.GetFromJsonAsync<JsonElement>(new Uri($"/sim/accounts/{Uri.EscapeDataString(appKey)}", UriKind.Relative), cancellationToken);
        return account.GetProperty("startingCash").GetDecimal();
    }

    /// <summary>Orders (new, modify, cancel) the simulator's order desk accepted so far (metrics <c>orders.accepted</c>).</summary>
    public async Task<long> AcceptedOrdersAsync(CancellationToken cancellationToken) =>
        (await MetricsAsync(cancellationToken)).GetProperty("orders").GetProperty("accepted").GetInt64();

    /// <summary>Whether the control API answers yet.</summary>
    public async Task<bool> ReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.GetAsync(new Uri("/sim/clock", UriKind.Relative), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public void Dispose() => _http.Dispose();

    private static async Task EnsureAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }
}
