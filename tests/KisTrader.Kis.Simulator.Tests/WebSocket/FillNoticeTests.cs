using System.Security.Cryptography;
using System.Text;
using KisTrader.Kis.Simulator.Tests.Trading.Support;
using KisTrader.Kis.Simulator.Tests.WebSocket.Support;
using KisTrader.Kis.Simulator.Trading.Book;
using KisTrader.Kis.Simulator.Trading.Rules;

namespace KisTrader.Kis.Simulator.Tests.WebSocket;

/// <summary>체결통보 (H0STCNI0/H0STCNI9): AES-256-CBC with the subscribe reply's key/IV, 26 fields, receipts and fills.</summary>
public sealed class FillNoticeTests
{
    /// <summary>The test's own decryption (not the server's helper): Base64 → AES-256-CBC → PKCS7 → UTF-8.</summary>
    private static string Decrypt(string base64, string key, string iv)
    {
        using var aes = Aes.Create();
        aes.Mode = CipherMode.CBC;
        aes.Padding = PaddingMode.PKCS7;
        aes.Key = Encoding.UTF8.GetBytes(key);
        aes.IV = Encoding.UTF8.GetBytes(iv);
        using var decryptor = aes.CreateDecryptor();
        var cipher = Convert.FromBase64String(base64);
        return Encoding.UTF8.GetString(decryptor.TransformFinalBlock(cipher, 0, cipher.Length));
    }

    private static async Task<(string Key, string Iv)> SubscribeAsync(WsClient client, string approvalKey, string trId, string htsId)
    {
        var reply = await client.RequestAsync(approvalKey, trId, htsId);
        Assert.Equal("OPSP0000", reply.GetProperty("body").GetProperty("msg_cd").GetString());
        var output = reply.GetProperty("body").GetProperty("output");
        return (output.GetProperty("key").GetString()!, output.GetProperty("iv").GetString()!);
    }

    private static string[] Open(string frame, string trId, (string Key, string Iv) secrets)
    {
        var parts = frame.Split('|', 4);
        Assert.Equal(("1", trId, "001"), (parts[0], parts[1], parts[2]));
        return Decrypt(parts[3], secrets.Key, secrets.Iv).Split('^');
    }

    [Fact]
    public async Task Notice_OrderReceiptThenClosingAuctionFill_DecryptToAll26Fields()
    {
        await using var host = await WsTestHost.StartAsync();
        await using var client = await host.ConnectAsync();
        var secrets = await SubscribeAsync(client, "approval-real-1", "H0STCNI0", "realhts");

        var order = host.Book.PlaceCashOrder(host.RealAccount, new CashOrderInput(OrderSide.Buy, "005930", "00", "10", "70000"), WsTestHost.Start);
        Assert.True(order.Accepted);
        var receipt = Open(await client.ReceiveAsync(), "H0STCNI0", secrets);
        Assert.Equal(
            ["realhts", "5000000101", order.OrderNo, "", "02", "0", "00", "0", "005930", "10", "70000", "152500", "0", "1", "1", "06010", "10",
             "실전계좌", "0", "1", "N", "", "10", "", "삼성전자", "70000"],
            receipt);

        host.TradingMarket.SetClosing("005930", BookHarness.Monday, 69_900m, 5_000);
        host.Simulated.Set(FakeTradingMarket.Kst(2026, 11, 23, 15, 30));
        await host.StepAsync();
        var fill = Open(await client.ReceiveAsync(), "H0STCNI0", secrets);
        // CNTG_YN 2 and ACPT_YN 2: an execution of 10 at the 69,900 close, at 15:30:00; order price 70,000 in field 26.
        Assert.Equal(
            ["realhts", "5000000101", order.OrderNo, "", "02", "0", "00", "0", "005930", "10", "69900", "153000", "0", "2", "2", "06010", "10",
             "실전계좌", "0", "1", "N", "", "10", "", "삼성전자", "70000"],
            fill);
    }

    [Fact]
    public async Task Notice_CancelReceipt_CarriesTheOriginalOrderNumberAndRctfCls2()
    {
        await using var host = await WsTestHost.StartAsync();
        await using var client = await host.ConnectAsync();
        var secrets = await SubscribeAsync(client, "approval-real-1", "H0STCNI0", "realhts");
        var order = host.Book.PlaceCashOrder(host.RealAccount, new CashOrderInput(OrderSide.Sell, "005930", "00", "5", "71000"), WsTestHost.Start);
        Assert.False(order.Accepted);                                   // nothing held: sells are refused, no notice

        var buy = host.Book.PlaceCashOrder(host.RealAccount, new CashOrderInput(OrderSide.Buy, "005930", "00", "5", "69000"), WsTestHost.Start);
        Open(await client.ReceiveAsync(), "H0STCNI0", secrets);
        var cancel = host.Book.ModifyOrCancel(host.RealAccount, new ModifyOrderInput(buy.OrderNo, "00", "02", "0", "0", "Y"), WsTestHost.Start.AddSeconds(3));
        var fields = Open(await client.ReceiveAsync(), "H0STCNI0", secrets);
        Assert.Equal((cancel.OrderNo, buy.OrderNo, "2", "1", "5", "152503"), (fields[2], fields[3], fields[5], fields[13], fields[9], fields[11]));
    }

    [Fact]
    public async Task Notice_PaperAccount_ArrivesOnH0STCNI9ForItsHtsIdOnly()
    {
        await using var host = await WsTestHost.StartAsync();
        await using var paper = await host.ConnectAsync();
        var secrets = await SubscribeAsync(paper, "approval-paper-1", "H0STCNI9", "paperhts");
        await using var real = await host.ConnectAsync();
        await SubscribeAsync(real, "approval-real-1", "H0STCNI0", "someone-else");

        // The real account's order goes to nobody registered for "realhts"; the paper order reaches the paper session.
        host.Book.PlaceCashOrder(host.RealAccount, new CashOrderInput(OrderSide.Buy, "005930", "00", "1", "70000"), WsTestHost.Start);
        var order = host.Book.PlaceCashOrder(host.PaperAccount, new CashOrderInput(OrderSide.Buy, "005930", "00", "2", "70000"), WsTestHost.Start);
        var fields = Open(await paper.ReceiveAsync(), "H0STCNI9", secrets);
        Assert.Equal(("paperhts", "6000000101", order.OrderNo, "2"), (fields[0], fields[1], fields[2], fields[9]));
        Assert.Equal(26, fields.Length);
    }

    [Fact]
    public void Cipher_ServerEncryption_RoundTripsThroughTheTestsOwnDecryption()
    {
        const string key = "0123456789abcdefghijklmnopqrstuv";
        const string iv = "ABCDEFGHIJKLMNOP";
        const string plain = "realhts^5000000101^0000000001^^02^0^00^0^005930^10^70000^152500^0^1^1^06010^10^실전계좌^0^1^N^^10^^삼성전자^70000";
        var encrypted = KisTrader.Kis.Simulator.WebSocket.Frames.NoticeCipher.Encrypt(plain, key, iv);
        Assert.Equal(plain, Decrypt(encrypted, key, iv));
        // PKCS7 pads to whole 16-byte blocks.
        Assert.Equal(0, Convert.FromBase64String(encrypted).Length % 16);
    }
}
