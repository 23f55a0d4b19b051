using KisTrader.Web.Clock;
using KisTrader.Web.Problems;
using KisTrader.Web.Security;

namespace KisTrader.Web.Apis;

/// <summary>
/// The simulated clock (Trader): <c>GET /api/control/clock</c>, <c>POST /api/control/clock/pause</c>, <c>/resume</c>,
/// <c>/speed</c> <c>{"speed": 60}</c> (1 to 1000) and <c>/jump</c> <c>{"to": "2026-12-07T15:29:00+09:00"}</c> (forward only).
/// </summary>
internal static class ControlApi
{
    public static void MapControlApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/control/clock").WithTags("Control");
        group.MapGet("", (IClockControl clock, CancellationToken ct) => clock.GetAsync(ct)).WithSummary("The clock");
        group.MapPost("/pause", (IClockControl clock, CancellationToken ct) => ApplyAsync(clock, new ClockChange(Paused: true), ct)).RequireTrader().WithSummary("Pause the simulated clock");
        group.MapPost("/resume", (IClockControl clock, CancellationToken ct) => ApplyAsync(clock, new ClockChange(Paused: false), ct)).RequireTrader().WithSummary("Resume the simulated clock");
        group.MapPost("/speed", SpeedAsync).RequireTrader().Accepts<SpeedRequest>("application/json").WithSummary("Change the simulated clock's speed");
        group.MapPost("/jump", JumpAsync).RequireTrader().Accepts<JumpRequest>("application/json").WithSummary("Move the simulated clock forward to an instant");
    }

    private static async Task<IResult> SpeedAsync(HttpRequest request, IClockControl clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<SpeedRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return body!.Speed is not { } speed || speed < 1m || speed > SimClockControl.MaxSpeed
            ? Problem.Validation("speed", $"is required: simulated seconds per wall second, 1 to {SimClockControl.MaxSpeed}")
            : await ApplyAsync(clock, new ClockChange(Speed: speed), cancellationToken);
    }

    private static async Task<IResult> JumpAsync(HttpRequest request, IClockControl clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<JumpRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        return body!.To is not { } to
            ? Problem.Validation("to", "is required: an ISO 8601 instant with its offset, e.g. 2026-12-07T15:29:00+09:00")
            : await ApplyAsync(clock, new ClockChange(To: to), cancellationToken);
    }

    private static async Task<IResult> ApplyAsync(IClockControl clock, ClockChange change, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Ok(await clock.ChangeAsync(change, cancellationToken));
        }
        catch (ClockRefusedException e)
        {
            return Problem.Conflict("The clock was not changed", e.Message);
        }
    }
}

/// <summary>A new speed.</summary>
internal sealed record SpeedRequest(decimal? Speed);

/// <summary>The instant to jump to.</summary>
internal sealed record JumpRequest(DateTimeOffset? To);
