using KisTrader.Kis.WebSocket;

namespace KisTrader.Kis.Tests.WebSocket;

/// <summary>Control replies (kis-api.md §5.2) mapped to typed results.</summary>
public sealed class ControlReplyTests
{
    [Theory]
    [InlineData("0", "OPSP0000", "SUBSCRIBE SUCCESS", ControlReplyKind.Subscribed, true)]
    [InlineData("0", "OPSP0001", "UNSUBSCRIBE SUCCESS", ControlReplyKind.Unsubscribed, false)]
    [InlineData("1", "OPSP0002", "ALREADY IN SUBSCRIBE", ControlReplyKind.AlreadySubscribed, true)]
    [InlineData("1", "OPSP0003", "UNSUBSCRIBE ERROR(not found!)", ControlReplyKind.NotSubscribed, false)]
    [InlineData("1", "OPSP0008", "MAX SUBSCRIBE OVER", ControlReplyKind.MaxSubscriptions, false)]
    [InlineData("1", "OPSP0011", "invalid approval : NOT FOUND", ControlReplyKind.InvalidApprovalKey, false)]
    [InlineData("9", "OPSP8996", "ALREADY IN USE appkey", ControlReplyKind.AppKeyInUse, false)]
    [InlineData("1", "OPSP8991", "invalid tr_id", ControlReplyKind.Error, false)]
    public void Reply_MapsToItsKind(string rtCd, string msgCd, string msg1, ControlReplyKind kind, bool registered)
    {
        var reply = ControlReply.TryParse($$$"""{"header":{"tr_id":"H0STCNT0","tr_key":"005930","encrypt":"N"},"body":{"rt_cd":"{{{rtCd}}}","msg_cd":"{{{msgCd}}}","msg1":"{{{msg1}}}"}}""")!;

        Assert.Equal((kind, registered, "H0STCNT0", "005930"), (reply.Kind, reply.IsRegistered, reply.TrId, reply.TrKey));
        Assert.False(reply.IsPingPong);
    }

    [Fact]
    public void SubscribeReply_OfAnEncryptedTr_CarriesKeyAndIv_NotShownByToString()
    {
        var reply = ControlReply.TryParse("""{"header":{"tr_id":"H0STCNI0","tr_key":"myhts","encrypt":"Y"},"body":{"rt_cd":"0","msg_cd":"OPSP0000","msg1":"SUBSCRIBE SUCCESS","output":{"iv":"ABCDEFGHIJKLMNOP","key":"0123456789abcdefghijklmnopqrstuv"}}}""")!;

        Assert.True(reply.Encrypted);
        Assert.Equal(("0123456789abcdefghijklmnopqrstuv", "ABCDEFGHIJKLMNOP"), (reply.AesKey, reply.AesIv));
        Assert.DoesNotContain("0123456789abcdef", reply.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("ABCDEFGHIJKLMNOP", reply.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AppKeyInUse_AsSentByKis_WithNullTrId()
    {
        var reply = ControlReply.TryParse("""{"header":{"tr_id":"(null)","tr_key":"","encrypt":"N"},"body":{"rt_cd":"9","msg_cd":"OPSP8996","msg1":"ALREADY IN USE appkey"}}""")!;
        var exception = KisWebSocketException.From(reply, "H0STCNT0", "005930");

        Assert.Equal(ControlReplyKind.AppKeyInUse, reply.Kind);
        var inUse = Assert.IsType<KisAppKeyInUseException>(exception);
        Assert.Equal(("OPSP8996", "ALREADY IN USE appkey"), (inUse.MsgCd, inUse.Msg1));
        Assert.Contains("one session per app key", inUse.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PingPong_IsRecognised_AndNonKisTextIsNot()
    {
        Assert.True(ControlReply.TryParse("""{"header":{"tr_id":"PINGPONG","datetime":"20261123100000"}}""")!.IsPingPong);
        Assert.Null(ControlReply.TryParse("not json"));
        Assert.Null(ControlReply.TryParse("""{"body":{}}"""));
        Assert.Null(ControlReply.TryParse("[1,2]"));
    }

    [Fact]
    public void MaxSubscriptions_FromTheServer_IsALimitExceptionThatIsNotClientSide()
    {
        var reply = ControlReply.TryParse("""{"header":{"tr_id":"H0STCNT0","tr_key":"005930","encrypt":"N"},"body":{"rt_cd":"1","msg_cd":"OPSP0008","msg1":"MAX SUBSCRIBE OVER"}}""")!;

        var limit = Assert.IsType<KisSubscriptionLimitException>(KisWebSocketException.From(reply, "H0STCNT0", "005930"));
        Assert.False(limit.IsClientSide);
        Assert.Contains("41 per app key", limit.Message, StringComparison.Ordinal);
    }
}
