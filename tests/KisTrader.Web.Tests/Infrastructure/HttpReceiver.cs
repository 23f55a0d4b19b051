using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KisTrader.Web.Tests.Infrastructure;

/// <summary>
/// A local HTTP receiver (Kestrel on a free loopback port) recording every POST (path and body). It answers
/// <see cref="FailFirst"/> requests with 503 (then 200), <see cref="AlwaysStatus"/> when set, and holds requests while
/// <see cref="Hold"/> is not completed.
/// </summary>
public sealed class HttpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _seen;

    private HttpReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Path, string Body)> Received { get; } = new();

    /// <summary>Requests seen (answered or not).</summary>
    public int Seen => Volatile.Read(ref _seen);

    public int FailFirst { get; set; }

    public int? AlwaysStatus { get; set; }

    public TaskCompletionSource Hold { get; set; } = CompletedHold();

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<HttpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new HttpReceiver(app);
        app.MapPost("/{**path}", (Func<HttpContext, Task<IResult>>)receiver.HandleAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return receiver;
    }

    public static TaskCompletionSource CompletedHold()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.SetResult();
        return done;
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        var n = Interlocked.Increment(ref _seen);
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        await Hold.Task.WaitAsync(context.RequestAborted);
        if (AlwaysStatus is { } status)
        {
            return Results.StatusCode(status);
        }

        if (n <= FailFirst)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        Received.Enqueue((context.Request.Path.Value ?? "", body));
        return Results.Json(new { ok = true });
    }

    public async ValueTask DisposeAsync()
    {
        Hold.TrySetResult();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
