using KisTrader.Kis.Models;
using KisTrader.Kis.Tests.WebSocket.Support;
using KisTrader.Kis.WebSocket;

namespace KisTrader.Kis.Tests.WebSocket;

/// <summary>체결통보: an order placed by raw HTTP on the simulator comes back as encrypted notices the client decrypts.</summary>
public sealed class RealtimeFillNoticeTests
{
    [Fact]
    public async Task OrderPlacedOverHttp_ReceiptAndFillNoticesAreDecryptedAndMapped()
    {
        await using var sim = await RealtimeSimulator.StartAsync();
        var (appKey, secret) = sim.NewCredentials();
        var token = await sim.TokenAsync(appKey, secret);
        var (cano, htsId) = await sim.AccountAsync(appKey);
        var (client, keys, log) = sim.CreateClient(appKey, secret, o => o.HtsId = htsId);
        var ct = TestContext.Current.CancellationToken;
        await using var notices = await client.SubscribeFillNoticesAsync(ct);
        Assert.Equal((KisRealtimeTrIds.FillNotice, htsId), (notices.TrId, notices.TrKey));

        // A market buy of 3 shares in the continuous session.
        var order = await sim.OrderCashAsync(appKey, secret, token, cano, buy: true, "005930", "01", 3, 0m);
        Assert.True(order.GetProperty("rt_cd").GetString() == "0", order.ToString());
        var orderNumber = order.GetProperty("output").GetProperty("ODNO").GetString()!;
        await sim.AdvanceAsync(TimeSpan.FromSeconds(5));

        var receipt = await Eventually.ReadAsync<FillNotice, FillNotice>(client.FillNotices, n => n.Kind == FillNoticeKind.Receipt, "the order receipt");
        Assert.Equal((orderNumber, "005930", (OrderSide?)OrderSide.Buy, "01", 3L, 3L), (receipt.OrderNumber, receipt.Symbol, receipt.Side, receipt.OrderType, receipt.Quantity, receipt.OrderQuantity));
        Assert.Equal((htsId, KisRealtimeTrIds.FillNotice), (receipt.HtsId, receipt.TrId));
        Assert.StartsWith(cano, receipt.AccountNumber, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(receipt.StockName));

        var fills = new List<FillNotice>();
        await Eventually.TrueAsync(
            () =>
            {
                while (client.FillNotices.TryRead(out var e))
                {
                    if (e is { Kind: FillNoticeKind.Fill } fill)
                    {
                        fills.Add(fill);
                    }
                }

                return fills.Sum(f => f.Quantity) == 3;
            },
            "fills for all 3 shares");
        Assert.NotEmpty(fills);
        Assert.All(fills, f => Assert.Equal((orderNumber, "005930", (OrderSide?)OrderSide.Buy), (f.OrderNumber, f.Symbol, f.Side)));
        Assert.All(fills, f => Assert.True(f.Price > 0 && f.OrderQuantity == 3, f.ToString()));
        Assert.Equal(0, client.Statistics.UndecryptableFrames + client.Statistics.MalformedFrames + client.Statistics.ShortFrames);
        Assert.Equal((1L, 1L), (receipt.Connection, receipt.Sequence));
        Assert.All(fills, f => Assert.True(f.Connection == 1 && f.Sequence > receipt.Sequence, f.ToString()));
        Assert.Equal((cano, "01"), (receipt.Cano, receipt.ProductCode));
        Assert.Equal(1 + fills.Count, client.Statistics.FillNotices);
        var others = new List<KisRealtimeEvent>();
        while (client.Notices.TryRead(out var other))
        {
            others.Add(other);
        }

        Assert.DoesNotContain(others, e => e is FillNotice);

        // Secrets stay out of ToString and logs: the full account number, the approval key.
        Assert.DoesNotContain(receipt.AccountNumber, receipt.ToString(), StringComparison.Ordinal);
        Assert.Contains(cano[..4] + "****", receipt.ToString(), StringComparison.Ordinal);
        var logged = string.Join('\n', log.Lines);
        Assert.DoesNotContain(cano, logged, StringComparison.Ordinal);
        Assert.NotEmpty(keys.AllKeys);
        Assert.All(keys.AllKeys, key => Assert.DoesNotContain(key, logged, StringComparison.Ordinal));
        Assert.DoesNotContain(appKey, logged, StringComparison.Ordinal);
    }
}
