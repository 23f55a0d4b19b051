using System.Text.Json;
using KisTrader.Kis.Simulator.Trading;
using KisTrader.Kis.Simulator.Trading.Api;
using KisTrader.Kis.Simulator.Trading.Book;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace KisTrader.Kis.Simulator.Tests.Trading.Support;

/// <summary>
/// A stand-in for the host's gateway in tests of the trading endpoints alone: the "appkey" header picks the account
/// ("real" or "paper"), the TR ID must be one of the endpoint's, business errors are HTTP 500 like KIS.
/// </summary>
internal sealed class TestTradingGateway(TradingClock clock, AccountRef real, AccountRef paper) : ITradingGateway
{
    public TradingCall Resolve(HttpContext context)
    {
        var account = context.Request.Headers["appkey"].ToString() == "paper" ? paper : real;
        return new TradingCall(account, context.Request.Headers["tr_id"].ToString(), context.Request.Headers["tr_cont"].ToString(), clock.Now);
    }

    public IResult Write(HttpContext context, TradingReply reply)
    {
        if (reply.Paging is { } paging)
        {
            context.Response.Headers["tr_cont"] = paging.TrCont;
        }

        var body = KisReplyJson.Body(reply, Resolve(context).IsPaper);
        return Results.Text(body.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), "application/json; charset=utf-8", System.Text.Encoding.UTF8, reply.Error is null ? 200 : 500);
    }

    public RouteHandlerBuilder Describe(RouteHandlerBuilder endpoint, IReadOnlyList<string> realTrIds, IReadOnlyList<string> paperTrIds) =>
        endpoint.AddEndpointFilter(async (invocation, next) =>
        {
            var trId = invocation.HttpContext.Request.Headers["tr_id"].ToString();
            var paperCall = invocation.HttpContext.Request.Headers["appkey"].ToString() == "paper";
            return (paperCall ? paperTrIds : realTrIds).Contains(trId) ? await next(invocation) : Results.StatusCode(418);
        });
}
