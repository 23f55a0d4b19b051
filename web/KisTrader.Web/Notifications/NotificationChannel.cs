using System.Collections.Immutable;
using System.Threading.Channels;
using KisTrader.Web.Alerts;
using KisTrader.Web.Relay;
using KisTrader.Web.Telemetry;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace KisTrader.Web.Notifications;

/// <summary>
/// One channel: its categories, a bounded queue (full ⇒ the oldest is dropped and counted) and the loop that sends each
/// notification with retries (exponential back-off with jitter, 408/429/5xx/network/timeouts only). <see cref="Offer"/>
/// never waits.
/// </summary>
internal sealed class NotificationChannel
{
    private readonly Channel<EventMessage> _queue;
    private readonly ImmutableHashSet<AlertCategory> _categories;
    private readonly INotificationSender _sender;
    private readonly ResiliencePipeline _pipeline;
    private readonly ILogger _logger;
    private long _dropped;

    public NotificationChannel(INotificationSender sender, ImmutableHashSet<AlertCategory> categories, NotificationOptions options, TimeProvider time, ILogger logger)
    {
        _sender = sender;
        _categories = categories;
        _logger = logger;
        _queue = Channel.CreateBounded<EventMessage>(
            new BoundedChannelOptions(options.QueueCapacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            _ => Dropped());
        var pipeline = new ResiliencePipelineBuilder { TimeProvider = time };
        if (options.MaxAttempts > 1)
        {
            pipeline.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                Delay = options.FirstRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder().Handle<HttpRequestException>().Handle<TimeoutRejectedException>(),
                OnRetry = a =>
                {
                    NotificationLog.Retrying(_logger, _sender.Name, a.AttemptNumber + 2, a.RetryDelay, a.Outcome.Exception?.Message ?? "");
                    return ValueTask.CompletedTask;
                },
            });
        }

        _pipeline = pipeline.AddTimeout(options.AttemptTimeout).Build();
    }

    public string Name => _sender.Name;

    /// <summary>Notifications dropped because the queue was full.</summary>
    public long DroppedCount => Interlocked.Read(ref _dropped);

    /// <summary>Queues <paramref name="message"/> when its category is this channel's; never waits.</summary>
    public bool Offer(EventMessage message)
    {
        if (!AlertCategories.TryParse(message.Alert, out var category) || !(_categories.IsEmpty || _categories.Contains(category)))
        {
            return false;
        }

        return _queue.Writer.TryWrite(message);
    }

    /// <summary>Sends the queued notifications until <paramref name="stop"/>.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            await foreach (var message in _queue.Reader.ReadAllAsync(stop))
            {
                await DeliverAsync(message, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopping: what is still queued is lost (the journal and /api/events keep every event).
        }
    }

    private async Task DeliverAsync(EventMessage message, CancellationToken stop)
    {
        try
        {
            await _pipeline.ExecuteAsync(async ct => await _sender.SendAsync(message, ct), stop);
            WebMetrics.Delivered(Name, message.Alert);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
        {
            WebMetrics.GaveUp(Name);
            NotificationLog.GaveUp(_logger, Name, message.Sequence, message.Type, e.GetType().Name, e.Message);
        }
    }

    private void Dropped()
    {
        var total = Interlocked.Increment(ref _dropped);
        WebMetrics.Drop(Name);
        NotificationLog.Dropped(_logger, Name, total);
    }
}
