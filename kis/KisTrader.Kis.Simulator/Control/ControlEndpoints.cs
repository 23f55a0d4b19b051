using System.Text.Json;
using KisTrader.Kis.Simulator.Accounts;
using KisTrader.Kis.Simulator.Auth;
using KisTrader.Kis.Simulator.Clock;
using KisTrader.Kis.Simulator.Faults;
using KisTrader.Kis.Simulator.Hosting;
using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Metrics;
using KisTrader.Kis.Simulator.Scenario;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Control;

/// <summary>
/// The control API under /sim (README "Control API"): clock, scenario, faults, metrics, accounts. It is not part of KIS:
/// no KIS headers, JSON in camelCase, errors <c>{"error": "..."}</c> with 400 (bad input), 404 or 409 (state conflict).
/// </summary>
internal static class ControlEndpoints
{
    public const string Prefix = "/sim";

    public static IEndpointRouteBuilder MapSimControl(this IEndpointRouteBuilder endpoints)
    {
        var sim = endpoints.MapGroup(Prefix);
        sim.MapGet("/", Status);
        sim.MapGet("/clock", (TimeProvider clock) => ControlJson.Ok(ClockView.Of(clock)));
        sim.MapPost("/clock", ChangeClockAsync);
        sim.MapPost("/clock/pause", (TimeProvider clock) => Change(clock, c => c.Pause()));
        sim.MapPost("/clock/resume", (TimeProvider clock) => Change(clock, c => c.Resume()));
        sim.MapPost("/scenario", LoadScenarioAsync);
        sim.MapDelete("/scenario", (ISimScenarioControl scenarios) =>
        {
            scenarios.Load(null);
            return ControlJson.Ok(new ScenarioLoaded(null, GenerationOf(scenarios), 0));
        });
        sim.MapGet("/faults", (FaultService faults) => ControlJson.Ok(faults.List()));
        sim.MapPost("/faults", AddFaultsAsync);
        sim.MapDelete("/faults", (FaultService faults) => ControlJson.Ok(new FaultsRemoved(faults.Clear())));
        sim.MapDelete("/faults/{id:long}", (long id, FaultService faults) =>
            faults.Remove(id) ? Results.NoContent() : ControlJson.Problem(StatusCodes.Status404NotFound, $"No fault {id}."));
        sim.MapGet("/metrics", (SimMetrics metrics) => ControlJson.Ok(metrics.Snapshot()));
        sim.MapPost("/metrics/reset", (SimMetrics metrics) =>
        {
            metrics.Reset();
            return Results.NoContent();
        });
        sim.MapGet("/accounts/{appKey}", (string appKey, AccountRegistry accounts) =>
        {
            var known = accounts.Find(appKey) is not null;
            var identity = accounts.Preview(appKey);
            return ControlJson.Ok(new AccountView(identity.Cano, identity.ProductCode, identity.AccountNo, identity.HtsId, identity.Profile, identity.StartingCash, identity.Name, known));
        });
        sim.MapGet("/auth/issued", IssuedSecrets);
        return endpoints;
    }

    /// <summary>
    /// Every access token and approval key the simulator issued (a secrets sweep searches a run's logs for them). They
    /// are worth nothing outside this simulator, but still only a caller on the same machine gets them: 404 otherwise.
    /// </summary>
    private static IResult IssuedSecrets(HttpContext context, TokenStore tokens, ApprovalKeyStore approvalKeys) =>
        context.Connection.RemoteIpAddress is { } caller && System.Net.IPAddress.IsLoopback(caller)
            ? ControlJson.Ok(new IssuedView(tokens.Issued(), approvalKeys.Issued()))
            : ControlJson.Problem(StatusCodes.Status404NotFound, "Only answered on loopback.");

    private static IResult Status(TimeProvider clock, IOptions<SimulatorOptions> simulator, IOptions<SimAccountsOptions> accounts, ISimScenarioControl scenarios, IOptions<SimMarketOptions> market) =>
        ControlJson.Ok(new SimStatus(simulator.Value.Profile, accounts.Value.Strict, scenarios.Scenario?.Seed ?? market.Value.Seed, GenerationOf(scenarios), scenarios.Scenario?.Name, ClockView.Of(clock)));

    private static async Task<IResult> ChangeClockAsync(HttpContext context, TimeProvider clock)
    {
        ClockChange? change;
        try
        {
            change = await JsonSerializer.DeserializeAsync<ClockChange>(context.Request.Body, ControlJson.Options, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            return ControlJson.Problem(StatusCodes.Status400BadRequest, $"Clock change: {ex.Message} Expected {{\"to\": \"2026-11-23T15:30:00+09:00\"}}, {{\"advance\": \"00:05:00\"}}, {{\"speed\": 60}}, {{\"paused\": true}}.");
        }

        if (change is null)
        {
            return ControlJson.Problem(StatusCodes.Status400BadRequest, "Clock change: send a JSON object.");
        }

        if (change.To is not null && change.Advance is not null)
        {
            return ControlJson.Problem(StatusCodes.Status400BadRequest, "Clock change: give either \"to\" or \"advance\", not both.");
        }

        return Change(clock, c =>
        {
            if (change.To is { } to)
            {
                c.JumpTo(to);
            }
            else if (change.Advance is { } advance)
            {
                c.Advance(advance);
            }

            if (change.Speed is { } speed)
            {
                c.SetSpeed(speed);
            }

            if (change.Paused is { } paused)
            {
                _ = paused ? c.Pause() : c.Resume();
            }
        });
    }

    private static IResult Change(TimeProvider clock, Action<SimClock> change)
    {
        if (clock is not SimClock sim)
        {
            return ControlJson.Problem(StatusCodes.Status409Conflict, "The simulator runs on an external TimeProvider; control that clock instead.");
        }

        try
        {
            change(sim);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            return ControlJson.Problem(StatusCodes.Status409Conflict, ex.Message.Split(" (Parameter")[0]);
        }

        return ControlJson.Ok(ClockView.Of(clock));
    }

    private static async Task<IResult> LoadScenarioAsync(HttpContext context, ISimScenarioControl scenarios, FaultService faults, TimeProvider clock)
    {
        using var reader = new StreamReader(context.Request.Body);
        var json = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        int faultCount;
        try
        {
            faultCount = ScenarioFaults(json).Count;
            var scenario = scenarios.LoadJson(json);
            return ControlJson.Ok(new ScenarioLoaded(scenario.Name, GenerationOf(scenarios), faultCount));
        }
        catch (Exception ex) when (ex is ScenarioException or FaultException)
        {
            return ControlJson.Problem(StatusCodes.Status400BadRequest, ex.Message);
        }
    }

    /// <summary>Validates the scenario's "faults" before the market is replaced, so a bad fault leaves everything as it was.</summary>
    private static IReadOnlyList<FaultSpec> ScenarioFaults(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("faults", out var faults) && faults.ValueKind == JsonValueKind.Array
                ? FaultScheduler.Parse([.. faults.EnumerateArray()])
                : [];
        }
        catch (JsonException)
        {
            // Not JSON: the scenario loader reports it with its own message.
            return [];
        }
    }

    private static async Task<IResult> AddFaultsAsync(HttpContext context, FaultService faults, TimeProvider clock)
    {
        using var reader = new StreamReader(context.Request.Body);
        var json = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        try
        {
            var specs = FaultParser.Parse(json, "faults");
            return ControlJson.Ok(faults.Add(specs, FaultService.ApiSource, clock.GetUtcNow()));
        }
        catch (FaultException ex)
        {
            return ControlJson.Problem(StatusCodes.Status400BadRequest, ex.Message);
        }
    }

    private static long GenerationOf(ISimScenarioControl scenarios) => (scenarios as ISimMarket)?.Generation ?? 0;

    private sealed record SimStatus(SimProfile Profile, bool Strict, int Seed, long Generation, string? Scenario, ClockView Clock);

    private sealed record ScenarioLoaded(string? Name, long Generation, int Faults);

    private sealed record FaultsRemoved(int Removed);

    private sealed record IssuedView(IReadOnlyList<string> AccessTokens, IReadOnlyList<string> ApprovalKeys);

    private sealed record AccountView(string Cano, string AcntPrdtCd, string AccountNo, string HtsId, SimProfile Profile, decimal StartingCash, string Name, bool Known);
}
