namespace KisTrader.Kis.Simulator.Gateway;

/// <summary>
/// Puts <see cref="KisResponseHeaders"/> on every answer of a KIS REST path (/uapi, /oauth2) — successes and errors,
/// paged or not — just before the answer starts. Runs first, so gateway refusals carry them too.
/// </summary>
internal sealed class KisResponseHeaderMiddleware(RequestDelegate next, TimeProvider clock)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (KisResponseHeaders.IsKisPath(context.Request.Path))
        {
            context.Response.OnStarting(static state =>
            {
                var (ctx, time) = ((HttpContext, TimeProvider))state;
                KisResponseHeaders.Complete(ctx, time.GetUtcNow());
                return Task.CompletedTask;
            }, (context, clock));
        }

        return next(context);
    }
}
