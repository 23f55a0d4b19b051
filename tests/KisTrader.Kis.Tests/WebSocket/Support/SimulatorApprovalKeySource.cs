using System.Net.Http.Json;
using System.Text.Json;
using KisTrader.Kis.WebSocket;

namespace KisTrader.Kis.Tests.WebSocket.Support;

/// <summary>
/// Test-only approval keys: a real POST /oauth2/Approval to the simulator (secret as "secretkey", kis-api.md §2.3),
/// cached until invalidated. kiscore's auth is the production implementation.
/// </summary>
internal sealed class SimulatorApprovalKeySource(Uri baseUrl, string appKey, string appSecret) : IApprovalKeySource, IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseUrl };
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _key;
    private int _issued;
    private int _invalidated;

    public string AppKey => appKey;

    public int Issued => Volatile.Read(ref _issued);

    public int Invalidated => Volatile.Read(ref _invalidated);

    /// <summary>Every key handed out so far (tests check none of them reaches a log line).</summary>
    public List<string> AllKeys { get; } = [];

    public async ValueTask<string> GetApprovalKeyAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_key is not null)
            {
                return _key;
            }

            using var response = await _http.PostAsJsonAsync(
                "/oauth2/Approval",
                new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["appkey"] = appKey, ["secretkey"] = appSecret },
                ct);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            Assert.True(response.IsSuccessStatusCode, $"Approval answered {(int)response.StatusCode}: {body}");
            _key = body.GetProperty("approval_key").GetString()!;
            Interlocked.Increment(ref _issued);
            lock (AllKeys)
            {
                AllKeys.Add(_key);
            }

            return _key;
        }
        finally
        {
            _gate.Release();
        }
    }

    public ValueTask InvalidateApprovalKeyAsync(CancellationToken ct)
    {
        Interlocked.Increment(ref _invalidated);
        _key = null;
        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        _http.Dispose();
        _gate.Dispose();
    }
}
