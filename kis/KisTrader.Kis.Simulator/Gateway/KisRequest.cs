using KisTrader.Kis.Simulator.Accounts;

namespace KisTrader.Kis.Simulator.Gateway;

/// <summary>
/// The KIS context of a /uapi request the gateway accepted (headers, token, TR ID, rate limit and faults passed).
/// Endpoints read it with <see cref="KisRequestExtensions.GetKisRequest"/> and only produce their body.
/// </summary>
/// <param name="AppKey">The caller's app key.</param>
/// <param name="Account">The account bound to the app key (CANO, ACNT_PRDT_CD "01", HTS ID, starting cash).</param>
/// <param name="Profile">The server's domain (Real or Paper): page sizes and messages depend on it.</param>
/// <param name="TrId">The tr_id header, already validated against the endpoint and the profile.</param>
/// <param name="TrCont">The tr_cont request header: "" on a first call, "N" for the next page.</param>
/// <param name="CustType">The custtype header: "P" (개인) or "B" (법인).</param>
/// <param name="Now">The simulated instant the call was accepted at.</param>
internal sealed record KisRequest(string AppKey, AccountIdentity Account, SimProfile Profile, string TrId, string TrCont, string CustType, DateTimeOffset Now)
{
    public bool IsPaper => Profile == SimProfile.Paper;

    /// <summary>A continuation request (tr_cont "N").</summary>
    public bool IsContinuation => string.Equals(TrCont.Trim(), "N", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Access to the accepted request's <see cref="KisRequest"/>.</summary>
internal static class KisRequestExtensions
{
    /// <summary>The gateway's context for this request.</summary>
    /// <exception cref="InvalidOperationException">The endpoint has no KIS TR metadata (the gateway did not run).</exception>
    public static KisRequest GetKisRequest(this HttpContext context) =>
        context.Features.Get<KisRequest>()
        ?? throw new InvalidOperationException($"No KIS request context for {context.Request.Path}: declare the endpoint with WithKisTr(...) so the gateway validates it.");

    public static KisRequest? TryGetKisRequest(this HttpContext context) => context.Features.Get<KisRequest>();

    internal static void SetKisRequest(this HttpContext context, KisRequest request) => context.Features.Set(request);
}
