namespace KisTrader.Kis.Simulator.Trading.Api;

/// <summary>
/// The seam to the host's KIS gateway: who calls (the app key's account, TR ID, tr_cont), how the KIS envelope is
/// written, and the endpoint metadata the gateway middleware validates (TR IDs per profile).
/// </summary>
internal interface ITradingGateway
{
    /// <summary>The call behind an accepted request (the gateway middleware has validated token, headers and TR ID).</summary>
    TradingCall Resolve(HttpContext context);

    /// <summary>Writes the reply as a KIS envelope (rt_cd/msg_cd/msg1, outputs, ctx_area_*, response header tr_cont).</summary>
    IResult Write(HttpContext context, TradingReply reply);

    /// <summary>Declares the endpoint's TR IDs to the gateway (real and paper; paper empty = real only).</summary>
    RouteHandlerBuilder Describe(RouteHandlerBuilder endpoint, IReadOnlyList<string> realTrIds, IReadOnlyList<string> paperTrIds);
}
