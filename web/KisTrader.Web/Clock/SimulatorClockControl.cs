using System.Globalization;
using System.Text.Json;

namespace KisTrader.Web.Clock;

/// <summary>Client mode: the cluster simulator's shared clock through its control endpoint (<c>GET/POST /sim/clock</c>).</summary>
internal sealed class SimulatorClockControl(HttpClient http) : IClockControl
{
    public async Task<ClockState> GetAsync(CancellationToken cancellationToken) =>
        State(await http.GetFromJsonAsync<JsonElement>(new Uri("sim/clock", UriKind.Relative), cancellationToken));

    public async Task<ClockState> ChangeAsync(ClockChange change, CancellationToken cancellationToken)
    {
        var body = new Dictionary<string, object>();
        if (change.To is { } to)
        {
            body["to"] = to;
        }

        if (change.Speed is { } speed)
        {
            body["speed"] = speed;
        }

        if (change.Paused is { } paused)
        {
            body["paused"] = paused;
        }

        using var response = await http.PostAsJsonAsync(new Uri("sim/clock", UriKind.Relative), body, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new ClockRefusedException($"the simulator refused the change ({(int)response.StatusCode}): {text[..Math.Min(text.Length, 300)]}");
        }

        return await GetAsync(cancellationToken);
    }

    private static ClockState State(JsonElement view)
    {
        var now = DateTimeOffset.Parse(view.GetProperty("now").GetString()!, CultureInfo.InvariantCulture);
        var controllable = view.GetProperty("controllable").GetBoolean();
        return new ClockState(
            now,
            ClockText.Kst(now),
            true,
            view.GetProperty("speed").ValueKind == JsonValueKind.Number ? view.GetProperty("speed").GetDecimal() : null,
            view.GetProperty("paused").ValueKind is JsonValueKind.True or JsonValueKind.False ? view.GetProperty("paused").GetBoolean() : null,
            controllable);
    }
}
