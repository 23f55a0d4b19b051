using KisTrader.Kis.Simulator.Trading.Book;

namespace KisTrader.Kis.Simulator.Trading.Api;

/// <summary>What a trading endpoint needs from the gateway: the caller's account, its TR ID and tr_cont, the instant.</summary>
/// <param name="Account">The account bound to the app key.</param>
/// <param name="TrId">TR ID header (already validated against the profile by the gateway).</param>
/// <param name="TrCont">tr_cont request header ("" first page, "N" next page).</param>
/// <param name="Now">Simulated instant of the call.</param>
internal sealed record TradingCall(AccountRef Account, string TrId, string TrCont, DateTimeOffset Now)
{
    public bool IsPaper => Account.IsPaper;

    /// <summary>A continuation request (tr_cont "N").</summary>
    public bool IsContinuation => string.Equals(TrCont.Trim(), "N", StringComparison.OrdinalIgnoreCase);
}
