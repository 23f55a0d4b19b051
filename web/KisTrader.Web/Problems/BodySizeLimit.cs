using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

using KisTrader.Web.Hosting;

namespace KisTrader.Web.Problems;

/// <summary>
/// Refuses a body larger than <c>KisTrader:Web:MaxRequestBodyBytes</c> with 413 problem details: at once when
/// Content-Length says so, and through the server's own limit (<see cref="IHttpMaxRequestBodySizeFeature"/>) for a
/// body without a length, which the JSON reader turns into the same answer.
/// </summary>
internal sealed class BodySizeLimit(RequestDelegate next, IOptions<WebHostOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var max = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > max)
        {
            return Problem.TooLarge().ExecuteAsync(context);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = max;
        }

        return next(context);
    }
}
