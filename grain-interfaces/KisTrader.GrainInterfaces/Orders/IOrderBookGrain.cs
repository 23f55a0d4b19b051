using System.Collections.Immutable;

namespace KisTrader.GrainInterfaces;

/// <summary>
/// One account's map from broker order numbers (ODNO) to client order ids (key: the account key,
/// <see cref="GrainKeys.Account"/>). It consumes <c>fills/&lt;account&gt;</c> and forwards each notice to the order that
/// owns its number; a notice that arrives before its order knows its number (a fill can beat the HTTP answer) is kept
/// until the order registers the number.
/// </summary>
[Alias("KisTrader.IOrderBookGrain")]
public interface IOrderBookGrain : IGrainWithStringKey
{
    /// <summary>Maps <paramref name="orderNumber"/> to <paramref name="clientOrderId"/>; returns the notices kept for it so far.</summary>
    [Alias("Register")]
    Task<ImmutableArray<FillNoticeEvent>> RegisterAsync(string orderNumber, string clientOrderId, DateOnly tradingDate);

    /// <summary>Every order number already owned by an order (a lookup must not mistake one of them for a lost order).</summary>
    [Alias("KnownOrderNumbers")]
    Task<ImmutableArray<string>> GetKnownOrderNumbersAsync();
}
