namespace KisTrader.Kis.WebSocket;

/// <summary>Thread-safe counters behind <see cref="KisRealtimeStatistics"/>.</summary>
internal sealed class RealtimeCounters
{
    public long Connections;
    public long Disconnects;
    public long Messages;
    public long DataFrames;
    public long Records;
    public long ShortFrames;
    public long MalformedFrames;
    public long UnknownTrFrames;
    public long UndecryptableFrames;
    public long DroppedMarketEvents;
    public long PingPongs;
    public long ApprovalKeyRefreshes;
    public long IdleTimeouts;
    public long RequestTimeouts;
    public long AppKeyInUse;
    public long FillNotices;
    public long FillNoticeWaits;

    public KisRealtimeStatistics Snapshot() => new(
        Interlocked.Read(ref Connections),
        Interlocked.Read(ref Disconnects),
        Interlocked.Read(ref Messages),
        Interlocked.Read(ref DataFrames),
        Interlocked.Read(ref Records),
        Interlocked.Read(ref ShortFrames),
        Interlocked.Read(ref MalformedFrames),
        Interlocked.Read(ref UnknownTrFrames),
        Interlocked.Read(ref UndecryptableFrames),
        Interlocked.Read(ref DroppedMarketEvents),
        Interlocked.Read(ref PingPongs),
        Interlocked.Read(ref ApprovalKeyRefreshes),
        Interlocked.Read(ref IdleTimeouts),
        Interlocked.Read(ref RequestTimeouts),
        Interlocked.Read(ref AppKeyInUse),
        Interlocked.Read(ref FillNotices),
        Interlocked.Read(ref FillNoticeWaits));
}
