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
    /// <summary>
    /// Maps <paramref name="orderNumber"/> of <paramref name="tradingDate"/> (branch unknown) to <paramref name="clientOrderId"/>;
    /// returns the notices kept for it so far. Prefer <see cref="RegisterOrderAsync"/>, which knows the branch.
    /// </summary>
    [Alias("Register")]
    Task<ImmutableArray<FillNoticeEvent>> RegisterAsync(string orderNumber, string clientOrderId, DateOnly tradingDate);

    /// <summary>
    /// Maps the order (<paramref name="tradingDate"/>, branch <paramref name="orgNumber"/> = KRX_FWDG_ORD_ORGNO, number
    /// <paramref name="orderNumber"/> = ODNO; KIS numbers are unique per day and branch only) to <paramref name="clientOrderId"/>;
    /// returns the notices kept for it so far (notices carry no branch: those of that date and number).
    /// </summary>
    [Alias("RegisterOrder")]
    Task<ImmutableArray<FillNoticeEvent>> RegisterOrderAsync(string orderNumber, string? orgNumber, string clientOrderId, DateOnly tradingDate);

    /// <summary>Every order number already owned by an order, of any remembered day (see <see cref="GetKnownOrderNumbersOnAsync"/>).</summary>
    [Alias("KnownOrderNumbers")]
    Task<ImmutableArray<string>> GetKnownOrderNumbersAsync();

    /// <summary>
    /// The order numbers of <paramref name="tradingDate"/> already owned by an order: a lookup of that day must not mistake
    /// one of them for a lost order — and must not skip a number that only another day's order had.
    /// </summary>
    [Alias("KnownOrderNumbersOn")]
    Task<ImmutableArray<string>> GetKnownOrderNumbersOnAsync(DateOnly tradingDate);
}
