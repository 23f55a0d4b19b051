using KisTrader.GrainInterfaces;
using KisTrader.Kis.WebSocket;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace KisTrader.Grains.Realtime;

/// <summary>
/// Reads the KIS client's fill notices (a bounded buffer that makes the socket wait rather than drop) one at a time and
/// publishes each on <c>fills/&lt;account key&gt;</c> (<see cref="StreamIds.Fills"/>) before reading the next: in order,
/// never skipped (a refused publish is retried after <see cref="RealtimeOptions.FillPublishRetryDelay"/>), once
/// (<see cref="FillNoticeWindow"/> drops copies KIS delivers again on a later connection). Runs on the grain's scheduler.
/// On deactivation the notice in hand and whatever the buffer still holds are published by <see cref="DrainAsync"/>.
/// </summary>
internal sealed class FillPump(IKisRealtimeClient client, IStreamProvider streams, RealtimeOptions options, TimeProvider clock, ILogger logger)
{
    private readonly FillNoticeWindow _window = new(options.FillDuplicateWindow);
    private readonly Dictionary<string, long> _sequences = new(StringComparer.Ordinal);
    private FillNotice? _inHand;

    public long Published { get; private set; }

    public long Duplicates { get; private set; }

    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            while (true)
            {
                _inHand ??= await client.FillNotices.ReadAsync(stop);
                while (!await TryPublishAsync(_inHand))
                {
                    await Task.Delay(options.FillPublishRetryDelay, clock, stop);
                }

                _inHand = null;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Deactivating: the notice in hand (if any) stays for DrainAsync.
        }
        catch (System.Threading.Channels.ChannelClosedException)
        {
            // The client was disposed (silo shutting down).
        }
    }

    /// <summary>After the session is closed and <see cref="RunAsync"/> ended: publishes what is left, in order.</summary>
    public async Task DrainAsync()
    {
        while (_inHand is not null || client.FillNotices.TryRead(out _inHand))
        {
            var published = false;
            for (var attempt = 0; attempt < options.DrainAttempts && !published; attempt++)
            {
                published = await TryPublishAsync(_inHand!);
            }

            if (!published)
            {
                // The rest stay in the silo's client buffer (the next activation here publishes them first); the one in
                // hand was taken from it and goes with this activation.
                logger.FillDrainIncomplete(_inHand!.OrderNumber, client.FillNotices.Count);
                return;
            }

            _inHand = null;
        }
    }

    /// <summary>Publishes one notice (or recognises a copy); false when the stream refused it.</summary>
    private async Task<bool> TryPublishAsync(FillNotice notice)
    {
        var accountKey = FillNoticeMapper.AccountKey(notice);
        var identity = FillNoticeMapper.Identity(notice, accountKey);
        if (!_window.Admit(identity, notice.Connection, notice.ReceivedAt))
        {
            Duplicates++;
            logger.FillDuplicate(notice.OrderNumber, notice.Kind, notice.Connection);
            return true;
        }

        var sequence = _sequences.GetValueOrDefault(accountKey) + 1;
        var item = FillNoticeMapper.ToEvent(notice, accountKey, identity, sequence);
        try
        {
            await streams.GetStream<FillNoticeEvent>(StreamIds.Fills(accountKey)).OnNextAsync(item);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _window.Retract(identity, notice.Connection);
            logger.FillPublishFailed(notice.OrderNumber, notice.Kind, accountKey, ex);
            return false;
        }

        _sequences[accountKey] = sequence;
        Published++;
        return true;
    }
}
