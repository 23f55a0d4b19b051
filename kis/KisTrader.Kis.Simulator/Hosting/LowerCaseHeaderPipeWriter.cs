using System.IO.Pipelines;

namespace KisTrader.Kis.Simulator.Hosting;

/// <summary>
/// The connection's output with Kestrel's canonical <c>Content-Type</c> header name written as KIS writes it,
/// <c>content-type</c>. Kestrel writes the names of headers it does not know (tr_id, tr_cont, gt_uid) exactly as set, but
/// the names of known headers in their canonical casing; this writer lower-cases the known one KIS programs look at, in
/// place, in every buffer Kestrel advances (same length, so framing is untouched). Bodies (JSON, WebSocket text) never
/// contain a raw CR LF, so only header blocks match.
/// </summary>
internal sealed class LowerCaseHeaderPipeWriter(PipeWriter inner) : PipeWriter
{
    private Memory<byte> _last;

    private static ReadOnlySpan<byte> Pattern => "\r\nContent-Type: "u8;

    public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

    public override long UnflushedBytes => inner.UnflushedBytes;

    public override void Advance(int bytes)
    {
        if (bytes > 0 && bytes <= _last.Length)
        {
            Lower(_last.Span[..bytes]);
        }

        _last = default;
        inner.Advance(bytes);
    }

    public override Memory<byte> GetMemory(int sizeHint = 0) => _last = inner.GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override void Complete(Exception? exception = null) => inner.Complete(exception);

    public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);

    /// <summary>Lower-cases every "\r\nContent-Type: " in <paramref name="written"/>.</summary>
    internal static void Lower(Span<byte> written)
    {
        var offset = 0;
        while (offset < written.Length)
        {
            var at = written[offset..].IndexOf(Pattern);
            if (at < 0)
            {
                return;
            }

            var name = written.Slice(offset + at + 2, 12);
            name[0] = (byte)'c';
            name[8] = (byte)'t';
            offset += at + Pattern.Length;
        }
    }
}
