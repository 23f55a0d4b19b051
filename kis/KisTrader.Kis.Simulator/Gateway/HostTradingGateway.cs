using System.Text.Json.Nodes;
using KisTrader.Kis.Simulator.Trading.Api;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Gateway;

/// <summary>
/// Adapter: the trading endpoints' <see cref="ITradingGateway"/> over the host gateway. The caller comes from the
/// gateway's <see cref="KisRequest"/>; bodies are the trading desk's <see cref="KisReplyJson"/>; business errors take
/// <see cref="GatewayOptions.BusinessErrorStatus"/>; TR IDs become <see cref="KisTrMetadata"/>.
/// </summary>
internal sealed class HostTradingGateway(IOptions<GatewayOptions> options) : ITradingGateway
{
    public TradingCall Resolve(HttpContext context)
    {
        var request = context.GetKisRequest();
        return new TradingCall(request.Account.ToAccountRef(), request.TrId, request.TrCont, request.Now);
    }

    public IResult Write(HttpContext context, TradingReply reply)
    {
        var request = context.GetKisRequest();
        JsonObject body = KisReplyJson.Body(reply, request.IsPaper);
        var status = reply.Error is null ? StatusCodes.Status200OK : options.Value.BusinessErrorStatus;
        return KisEnvelope.Result(body, status, reply.Paging?.TrCont);
    }

    public RouteHandlerBuilder Describe(RouteHandlerBuilder endpoint, IReadOnlyList<string> realTrIds, IReadOnlyList<string> paperTrIds) =>
        endpoint.WithKisTr(realTrIds, paperTrIds);
}
