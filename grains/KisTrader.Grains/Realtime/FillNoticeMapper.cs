using System.Globalization;
using KisTrader.GrainInterfaces;
using KisTrader.Grains.Kis;
using KisTrader.Kis.Secrets;
using KisTrader.Kis.WebSocket;
using KisNoticeKind = KisTrader.Kis.WebSocket.FillNoticeKind;

namespace KisTrader.Grains.Realtime;

/// <summary>
/// Pure mapping of the KIS client's decrypted <see cref="FillNotice"/> to the stream item of <c>fills/&lt;account key&gt;</c>:
/// the account's grain key (<see cref="GrainKeys.Account"/> of ACNT_NO's CANO and product code, never the number), the
/// masked account, typed kind and side, the KST instant, and the identity the duplicate window counts.
/// </summary>
public static class FillNoticeMapper
{
    /// <summary>The product code assumed when ACNT_NO carries only the 8-digit CANO (KIS's 종합 account, 01).</summary>
    public const string DefaultProductCode = "01";

    /// <summary>The account grain key (and stream key) of a notice.</summary>
    public static string AccountKey(FillNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return GrainKeys.Account(notice.Cano, ProductCode(notice));
    }

    /// <summary>What identifies a notice across connections; holds no account number (only its grain key).</summary>
    public static string Identity(FillNotice notice, string accountKey)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return string.Join(
            '|',
            accountKey,
            notice.TrId,
            notice.OrderNumber.Trim(),
            notice.OriginalOrderNumber.Trim(),
            notice.Kind.ToString(),
            notice.ModifyCode.Trim(),
            notice.AcceptanceCode.Trim(),
            notice.Quantity.ToString(CultureInfo.InvariantCulture),
            notice.Price.ToString(CultureInfo.InvariantCulture),
            notice.OrderQuantity.ToString(CultureInfo.InvariantCulture),
            notice.Time.ToString("HHmmss", CultureInfo.InvariantCulture));
    }

    public static FillNoticeEvent ToEvent(FillNotice notice, string accountKey, string identity, long sequence)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return new FillNoticeEvent(
            accountKey,
            $"{Redact.MaskAccount(notice.Cano)}-{ProductCode(notice)}",
            notice.Kind switch
            {
                KisNoticeKind.Fill => GrainInterfaces.FillNoticeKind.Fill,
                KisNoticeKind.Rejection => GrainInterfaces.FillNoticeKind.Rejection,
                _ => GrainInterfaces.FillNoticeKind.Receipt,
            },
            notice.TrId,
            notice.OrderNumber,
            notice.OriginalOrderNumber.Trim(),
            notice.Side?.ToTrading(),
            notice.ModifyCode.Trim(),
            notice.OrderType.Trim(),
            notice.AcceptanceCode.Trim(),
            notice.Symbol.Trim(),
            notice.StockName.Trim(),
            notice.Quantity,
            notice.Price,
            notice.OrderQuantity,
            notice.OrderPrice,
            MarketDataMapper.KstInstant(notice.ReceivedAt, notice.Time),
            notice.ReceivedAt,
            identity,
            sequence);
    }

    private static string ProductCode(FillNotice notice) => notice.ProductCode is { Length: > 0 } code ? code : DefaultProductCode;
}
