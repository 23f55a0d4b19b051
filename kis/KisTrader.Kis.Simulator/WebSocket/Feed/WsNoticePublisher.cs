using System.Threading.Channels;
using KisTrader.Kis.Simulator.Trading.Book;
using KisTrader.Kis.Simulator.WebSocket.Frames;
using KisTrader.Kis.Simulator.WebSocket.Sessions;

namespace KisTrader.Kis.Simulator.WebSocket.Feed;

/// <summary>
/// Delivers order receipts and fills as 체결통보 to every session registered for the account's HTS ID on the profile's
/// TR (H0STCNI0 real, H0STCNI9 paper): 26 fields, AES-256-CBC with the session's key/IV, framed as <c>1|TR|001|base64</c>.
/// The trading book enqueues under no lock; a background loop sends.
/// </summary>
internal sealed class WsNoticePublisher(WsSessionRegistry registry, IRealtimeMetrics metrics)
{
    private readonly Channel<OrderNotice> _queue = Channel.CreateUnbounded<OrderNotice>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(IReadOnlyList<OrderNotice> notices)
    {
        foreach (var notice in notices)
        {
            _queue.Writer.TryWrite(notice);
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await foreach (var notice in _queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            await DeliverAsync(notice, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The plaintext record of a notice (the 26 fields joined with '^').</summary>
    public static string Plaintext(OrderNotice notice) => DataFrame.Payload(FillNoticeRecord.FieldCount, [FillNoticeRecord.Build(notice)]);

    private async Task DeliverAsync(OrderNotice notice, CancellationToken cancellationToken)
    {
        var trId = notice.IsPaper ? RealtimeTr.FillNoticePaper : RealtimeTr.FillNoticeReal;
        var plaintext = Plaintext(notice);
        foreach (var session in registry.Snapshot())
        {
            if (session.IsClosed || !session.IsRegistered(trId, notice.HtsId))
            {
                continue;
            }

            var frame = DataFrame.Encrypted(trId, 1, NoticeCipher.Encrypt(plaintext, session.AesKey, session.AesIv));
            if (await session.SendAsync(frame, cancellationToken).ConfigureAwait(false))
            {
                metrics.FramesSent(trId, 1, 1);
            }
        }
    }
}
