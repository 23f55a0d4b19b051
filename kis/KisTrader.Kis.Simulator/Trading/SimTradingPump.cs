using KisTrader.Kis.Simulator.Trading.Book;
using KisTrader.Kis.Simulator.WebSocket;
using KisTrader.Kis.Simulator.WebSocket.Feed;
using KisTrader.Kis.Simulator.WebSocket.Sessions;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Trading;

/// <summary>
/// The background pump: on a wall-clock cadence it reads the simulated clock and advances the trading book to it
/// (resting fills, auctions, expiry), pushes the market events of (last, now] to WebSocket subscribers, and runs the
/// PINGPONG heartbeat. The book and the feed are anchored at start-up (<see cref="StartAsync"/>). A second loop delivers fill notices as the book produces them.
/// </summary>
internal sealed partial class SimTradingPump(
    TradingBook book,
    WsMarketFeed feed,
    WsHeartbeat heartbeat,
    WsNoticePublisher notices,
    TradingClock clock,
    WallClock wall,
    IOptions<SimTradingOptions> tradingOptions,
    IOptions<SimWebSocketOptions> webSocketOptions,
    ILogger<SimTradingPump> logger) : BackgroundService
{
    /// <summary>
    /// Anchors the book and the feed at the simulated now before the host finishes starting, so a clock move made before
    /// the first pump step (a test or a user jumping at once) is delivered by that step instead of being skipped.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var now = clock.Now;
        book.Advance(now);
        feed.Anchor(now);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var noticeLoop = notices.RunAsync(stoppingToken);
        var interval = TimeSpan.FromTicks(Math.Min(tradingOptions.Value.PumpInterval.Ticks, webSocketOptions.Value.PumpInterval.Ticks));
        using var timer = new PeriodicTimer(interval, wall.Provider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await StepAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }

        try
        {
            await noticeLoop.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    /// <summary>One step at the simulated now (also called directly by tests that drive the clock).</summary>
    public async Task StepAsync(CancellationToken cancellationToken)
    {
        try
        {
            var now = clock.Now;
            book.Advance(now);
            await feed.PumpAsync(now, cancellationToken).ConfigureAwait(false);
            await heartbeat.CheckAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogStepFailed(logger, ex);
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "Trading pump step failed")]
    private static partial void LogStepFailed(ILogger logger, Exception exception);
}
