using System.Globalization;
using KisTrader.Kis.Simulator.Clock;
using KisTrader.Kis.Simulator.Trading.Market;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Trading.Book;

/// <summary>
/// The simulated broker's books: every account's cash, holdings, orders and fills, and the matching of resting
/// orders against the market. One lock guards everything (order traffic is small next to quote traffic), and every
/// operation first advances the book to its instant, so results never depend on how often the pump runs.
/// Split over partial files: orders, matching, advancing through time, queries.
/// </summary>
internal sealed partial class TradingBook(ITradingMarket market, IOptions<SimTradingOptions> options, ITradingEvents events)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SimAccount> _accounts = new(StringComparer.Ordinal);
    private readonly DepthLedger _depth = new();
    private readonly List<(SimAccount Account, SimOrder Order)> _open = [];
    private readonly SimTradingOptions _options = options.Value;
    private DateTimeOffset? _advancedTo;
    private DateOnly _orderNoDate;
    private long _lastOrderNo;

    /// <summary>Advances every account to <paramref name="now"/>: resting orders fill, auctions match, rests lapse.</summary>
    public void Advance(DateTimeOffset now) => Run(now, null, _ => 0);

    /// <summary>The instant up to which market effects have been applied (null before the first call).</summary>
    public DateTimeOffset? AdvancedTo
    {
        get
        {
            lock (_gate)
            {
                return _advancedTo;
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> under the lock after advancing to <paramref name="now"/>; publishes notices after.</summary>
    private T Run<T>(DateTimeOffset now, AccountRef? account, Func<WorkContext, T> work)
    {
        var notices = new List<OrderNotice>();
        T result;
        lock (_gate)
        {
            AdvanceLocked(now, notices);
            var context = new WorkContext(account is null ? null : AccountLocked(account, now), notices);
            result = work(context);
        }

        if (notices.Count > 0)
        {
            events.Publish(notices);
        }

        return result;
    }

    private SimAccount AccountLocked(AccountRef reference, DateTimeOffset now)
    {
        var key = reference.AccountNo;
        var today = Kst.DateOf(now);
        if (!_accounts.TryGetValue(key, out var account))
        {
            account = new SimAccount(reference, today);
            _accounts.Add(key, account);
        }

        RollLocked(account, today);
        return account;
    }

    /// <summary>
    /// Moves an account's "today" to <paramref name="today"/>: settles due cash, shifts today's counters to the previous
    /// day when the two days are consecutive trading days, drops fully sold positions whose trades are older.
    /// </summary>
    private void RollLocked(SimAccount account, DateOnly today)
    {
        if (today <= account.BookDate)
        {
            return;
        }

        var consecutive = market.NextTradingDay(account.BookDate) >= today;
        var lastClose = Kst.At(today, TimeOnly.MinValue).AddTicks(-1);
        account.PreviousDayTotalAsset = account.CashAfterSettlement
            + account.Holdings.Values.Sum(h => h.Quantity * (market.LastPrice(h.Code, lastClose) ?? h.AveragePrice));

        foreach (var holding in account.Holdings.Values)
        {
            holding.PreviousDayBuyQuantity = consecutive ? holding.TodayBuyQuantity : 0;
            holding.PreviousDaySellQuantity = consecutive ? holding.TodaySellQuantity : 0;
            holding.TodayBuyQuantity = 0;
            holding.TodaySellQuantity = 0;
        }

        foreach (var code in account.Holdings.Values.Where(h => !h.IsListed).Select(h => h.Code).ToList())
        {
            account.Holdings.Remove(code);
        }

        account.PreviousDayBuyAmount = consecutive ? account.TodayBuyAmount : 0m;
        account.PreviousDaySellAmount = consecutive ? account.TodaySellAmount : 0m;
        account.PreviousDayCosts = consecutive ? account.TodayCosts : 0m;
        account.TodayBuyAmount = 0m;
        account.TodaySellAmount = 0m;
        account.TodayCosts = 0m;

        var due = account.Pending.Where(p => p.SettlesOn <= today).ToList();
        foreach (var settlement in due)
        {
            account.Deposit += settlement.Amount;
            account.Pending.Remove(settlement);
        }

        account.BookDate = today;
    }

    /// <summary>ODNO: a 10-digit, zero-padded counter that restarts every KST day.</summary>
    private string NextOrderNoLocked(DateOnly today)
    {
        if (today != _orderNoDate)
        {
            _orderNoDate = today;
            _lastOrderNo = 0;
        }

        _lastOrderNo++;
        return _lastOrderNo.ToString("D10", CultureInfo.InvariantCulture);
    }

    private string BranchFor(SimAccount account) => account.Ref.IsPaper ? _options.OrderBranchPaper : _options.OrderBranchReal;

    private DateOnly SettlementDate(DateOnly tradeDate)
    {
        var date = tradeDate;
        for (var i = 0; i < _options.SettlementDays; i++)
        {
            date = market.NextTradingDay(date);
        }

        return date;
    }

    private decimal TaxRate(SimOrder order) => order.IsEtfLike ? _options.EtfSellTaxRate : _options.SellTaxRate;

    private static OrderNotice Notice(SimAccount account, SimOrder order, NoticeKind kind, long quantity, decimal price, DateTimeOffset at) => new(
        account.Ref.HtsId,
        account.Ref.IsPaper,
        account.Ref.AccountNo,
        account.Ref.AccountName,
        order.OrderNo,
        order.OriginalOrderNo,
        order.Side,
        order.Action,
        order.Type.Code,
        order.Type.Condition,
        order.Code,
        quantity,
        price,
        at,
        kind,
        order.Branch,
        order.Quantity,
        order.Name,
        order.Price);

    /// <summary>What a unit of work sees under the lock.</summary>
    private sealed record WorkContext(SimAccount? Account, List<OrderNotice> Notices)
    {
        public SimAccount RequiredAccount => Account ?? throw new InvalidOperationException("This operation needs an account.");
    }
}
