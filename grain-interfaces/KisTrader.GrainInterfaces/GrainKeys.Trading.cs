using System.Globalization;

namespace KisTrader.GrainInterfaces;

/// <summary>Keys of the trading grains: orders, positions, the after-hours board and the risk state.</summary>
public static partial class GrainKeys
{
    /// <summary>
    /// The <see cref="IPositionGrain"/> key of a position: the entry session's KST date and the 6-digit code,
    /// <c>2026-12-04/005930</c>. The position lives from its Day-1 after-hours buy to its Day-2 exit.
    /// </summary>
    public static string Position(DateOnly entryDate, string code) => $"{TradingSession(entryDate)}/{Symbol(code)}";

    /// <summary>The entry date and code of an <see cref="IPositionGrain"/> key.</summary>
    /// <exception cref="FormatException">Not <c>yyyy-MM-dd/NNNNNN</c>.</exception>
    public static (DateOnly EntryDate, string Code) ParsePosition(string key)
    {
        var slash = key?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (key is null || slash < 0)
        {
            throw new FormatException($"'{key}' is not a position key (yyyy-MM-dd/NNNNNN).");
        }

        return (ParseTradingSession(key[..slash]), ParseSymbol(key[(slash + 1)..]));
    }

    /// <summary>
    /// The <see cref="IOrderGrain"/> key: the client order id, 1–64 characters of ASCII letters, digits, '-', '_' or '/'.
    /// KIS takes no client id: it is ours, persisted with the intent before the POST (architecture.md §2).
    /// </summary>
    /// <exception cref="ArgumentException">Empty, too long or another character.</exception>
    public static string Order(string clientOrderId)
    {
        ArgumentNullException.ThrowIfNull(clientOrderId);
        if (clientOrderId.Length is 0 or > 64 || !clientOrderId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '/'))
        {
            throw new ArgumentException(
                $"'{clientOrderId}' is not a client order id (1–64 ASCII letters, digits, '-', '_' or '/').", nameof(clientOrderId));
        }

        return clientOrderId;
    }

    /// <summary>
    /// The deterministic client order id of a position's <paramref name="sequence"/>-th order (1-based):
    /// <c>2026-12-04/005930/B1</c> for its buy, <c>…/S1</c>, <c>…/S2</c> for its sells. The same decision always maps to the
    /// same id, so a retried or replayed decision can never create a second order.
    /// </summary>
    public static string PositionOrder(string positionKey, char kind, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        if (kind is not ('B' or 'S'))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "B (buy) or S (sell)");
        }

        _ = ParsePosition(positionKey);
        return Order(string.Create(CultureInfo.InvariantCulture, $"{positionKey}/{kind}{sequence}"));
    }

    /// <summary>The <see cref="IAfterHoursGrain"/> key of a session: its KST date (ISO), like the session's.</summary>
    public static string AfterHours(DateOnly tradingDate) => TradingSession(tradingDate);

    /// <summary>The <see cref="IRiskGrain"/> key: the account's key (<see cref="Account"/>); one risk state per account.</summary>
    public static string Risk(string accountKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountKey);
        return accountKey;
    }

    /// <summary>The <see cref="IPortfolioConfigGrain"/> key: the account's key (<see cref="Account"/>); one configuration per account.</summary>
    public static string PortfolioConfig(string accountKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(accountKey);
        return accountKey;
    }
}
