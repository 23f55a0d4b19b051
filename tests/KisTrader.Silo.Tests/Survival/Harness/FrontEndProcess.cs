using System.Net.Http.Json;
using System.Text.Json;

namespace KisTrader.Survival;

/// <summary>
/// The front end process of a <see cref="SurvivalCluster"/> (client mode, plain HTTP on loopback) and its API as the
/// run's trader key (<c>KISTRADER_ADMIN_KEY</c>) calls it.
/// </summary>
internal sealed class FrontEndProcess(ClusterProcess process, Uri url, string adminKey) : IDisposable
{
    private readonly HttpClient _http = Client(url, adminKey);

    public ClusterProcess Process { get; } = process;

    public Uri Url { get; } = url;

    /// <summary>Whether <c>GET /health/ready</c> answers 200 (false while it answers otherwise or not at all).</summary>
    public async Task<bool> ReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.GetAsync(new Uri("/health/ready", UriKind.Relative), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>GET <paramref name="path"/> (e.g. <c>/api/sessions/2026-11-23</c>); throws with the answer unless 200.</summary>
    public async Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
    }

    public void Dispose() => _http.Dispose();

    private static HttpClient Client(Uri url, string adminKey)
    {
        var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", adminKey);
        return http;
    }
}
