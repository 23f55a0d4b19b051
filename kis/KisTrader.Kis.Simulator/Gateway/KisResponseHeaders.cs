using System.Globalization;

namespace KisTrader.Kis.Simulator.Gateway;

/// <summary>
/// The response headers KIS puts on every REST answer (token, approval, hashkey, quotations, trading, errors), all with
/// lower-case names on the wire (the official sample <c>kis_auth.APIResp._setHeader</c> keeps only lower-case header
/// names, so <c>res.getHeader().tr_cont</c> exists only when the name is lower case):
/// <c>content-type: application/json; charset=utf-8</c>, <c>tr_id</c> (the request's), <c>tr_cont</c> and <c>gt_uid</c>.
/// <c>tr_cont</c> is <c>F</c>/<c>M</c> when more pages follow and <c>D</c>/<c>E</c> on the last page (kis-api.md §2.6); an
/// unpaged answer is a first call whose one page is the last, so it says <c>D</c>. <c>gt_uid</c> is a 32-character
/// per-answer id (simulated KST time to the millisecond, then a 15-digit sequence number).
/// </summary>
internal static class KisResponseHeaders
{
    public const string ContentType = "application/json; charset=utf-8";

    public const string TrId = "tr_id";

    public const string TrCont = "tr_cont";

    public const string GtUid = "gt_uid";

    /// <summary>tr_cont of an unpaged answer (first call, last page).</summary>
    public const string Unpaged = "D";

    private static long _sequence;

    /// <summary>Whether a request path is a KIS REST path (not /sim, master files or WebSocket).</summary>
    public static bool IsKisPath(PathString path) =>
        path.StartsWithSegments("/uapi", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/oauth2", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Fills what the endpoint did not set when the answer starts: tr_id (echo of the request's, "" when it had none),
    /// tr_cont (<see cref="Unpaged"/>) and gt_uid. Writers set content-type and, for paged answers, tr_cont.
    /// </summary>
    public static void Complete(HttpContext context, DateTimeOffset now)
    {
        var headers = context.Response.Headers;
        if (!headers.ContainsKey(TrId))
        {
            headers[TrId] = context.Request.Headers[TrId].ToString().Trim();
        }

        if (!headers.ContainsKey(TrCont))
        {
            headers[TrCont] = Unpaged;
        }

        if (!headers.ContainsKey(GtUid))
        {
            headers[GtUid] = NewGtUid(now);
        }
    }

    /// <summary>A 32-character transaction id: yyyyMMddHHmmssfff (KST) + a 15-digit process-wide sequence.</summary>
    public static string NewGtUid(DateTimeOffset now)
    {
        var sequence = Interlocked.Increment(ref _sequence) % 1_000_000_000_000_000;
        return now.ToOffset(TimeSpan.FromHours(9)).ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)
            + sequence.ToString("D15", CultureInfo.InvariantCulture);
    }
}
