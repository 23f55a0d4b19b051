using KisTrader.Kis.Models;
using KisTrader.Kis.RateLimiting;

namespace KisTrader.Kis.Client;

/// <summary>
/// Orders and account queries on the trading key. Orders and cancels are never retried blindly: a timeout or broken
/// connection returns <see cref="OrderOutcome.Unknown"/>, which <see cref="FindOrderAsync"/> resolves. Queries retry
/// transient failures; business errors throw <see cref="Transport.KisApiException"/>.
/// </summary>
public interface IKisTrading
{
    /// <summary>The configured account (CANO + ACNT_PRDT_CD).</summary>
    KisAccount Account { get; }

    /// <summary>order-cash (buy or sell). <paramref name="useHashKey"/> sends a hashkey of the body (optional at KIS).</summary>
    Task<OrderResult> PlaceCashOrderAsync(CashOrderRequest request, bool useHashKey = false, CancellationToken cancellationToken = default);

    /// <summary>order-rvsecncl (modify or cancel).</summary>
    Task<OrderResult> ModifyOrCancelAsync(ModifyCancelRequest request, bool useHashKey = false, CancellationToken cancellationToken = default);

    /// <summary>inquire-balance, all pages.</summary>
    Task<KisBalance> GetBalanceAsync(BalanceRequest request, KisLane lane = KisLane.Account, CancellationToken cancellationToken = default);

    /// <summary>inquire-balance holdings, page by page.</summary>
    IAsyncEnumerable<Holding> GetHoldingsAsync(BalanceRequest request, KisLane lane = KisLane.Account, CancellationToken cancellationToken = default);

    /// <summary>inquire-daily-ccld rows, page by page (the TR ID follows the three-month rule).</summary>
    IAsyncEnumerable<DailyOrder> GetDailyOrdersAsync(DailyOrderRequest request, KisLane lane = KisLane.Account, CancellationToken cancellationToken = default);

    /// <summary>inquire-psbl-order (매수가능).</summary>
    Task<BuyingPower> GetBuyingPowerAsync(BuyingPowerRequest request, KisLane lane = KisLane.Account, CancellationToken cancellationToken = default);

    /// <summary>inquire-psbl-rvsecncl (정정취소가능주문, real only), page by page.</summary>
    IAsyncEnumerable<CancelableOrder> GetCancelableOrdersAsync(CancelableOrdersRequest request, KisLane lane = KisLane.Account, CancellationToken cancellationToken = default);

    /// <summary>Resolves an unknown order outcome over the day's executions (README "Outcome unknown").</summary>
    Task<OrderLookup> FindOrderAsync(OrderSearch search, CancellationToken cancellationToken = default);
}
