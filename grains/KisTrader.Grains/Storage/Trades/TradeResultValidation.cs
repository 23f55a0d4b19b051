using System.Text.RegularExpressions;
using KisTrader.Trading.Money;

namespace KisTrader.Grains.Storage;

/// <summary>
/// What both trade journals check before they store a <see cref="TradeResultRecord"/> (the PostgreSQL CHECKs of
/// 0006_trade_results.sql refuse the same), and the instant normalisation both apply, so they store and read back
/// the same record.
/// </summary>
public static partial class TradeResultValidation
{
    /// <summary>Throws <see cref="ArgumentException"/> naming the first problem of the record.</summary>
    public static void ThrowIfInvalid(TradeResultRecord trade)
    {
        ArgumentNullException.ThrowIfNull(trade);
        if (Problem(trade) is { } problem)
        {
            throw new ArgumentException($"trade result {trade.PositionKey}: {problem}", nameof(trade));
        }
    }

    /// <summary>The record with every instant as UTC, truncated to microseconds (what timestamptz keeps).</summary>
    public static TradeResultRecord Normalise(TradeResultRecord trade)
    {
        ArgumentNullException.ThrowIfNull(trade);
        return trade with
        {
            OpenedAt = Instant(trade.OpenedAt),
            ClosedAt = Instant(trade.ClosedAt),
            Fills = [.. trade.Fills.Select(f => f with { At = Instant(f.At) })],
        };
    }

    private static string? Problem(TradeResultRecord t)
    {
        if (string.IsNullOrWhiteSpace(t.PositionKey) || string.IsNullOrWhiteSpace(t.Symbol) || t.AccountRef is null)
        {
            return "the position key, symbol and account reference are required";
        }

        if (FullAccountNumber().IsMatch(t.AccountRef))
        {
            return "the account reference looks like a full account number; store the masked one";
        }

        if (t.ExitDate < t.EntryDate || t.ClosedAt < t.OpenedAt)
        {
            return "it closes before it opens";
        }

        if (t.Day1Close <= 0 || t.Day2Open <= 0 || t.Rank < 1 || t.BuyCommission < 0 || t.SellCommission < 0 || t.SellTax < 0)
        {
            return "a price is not positive, the rank is below 1 or a cost is negative";
        }

        return t.Fills.IsDefaultOrEmpty ? "it has no fills" : FillProblem(t);
    }

    private static string? FillProblem(TradeResultRecord t)
    {
        foreach (var f in t.Fills)
        {
            if (f is null || string.IsNullOrEmpty(f.ClientOrderId) || string.IsNullOrEmpty(f.FillKey) || f.Quantity <= 0 || f.Price <= 0)
            {
                return "a fill lacks its order id or fill key, or its quantity or price is not positive";
            }

            if ((f.Side == OrderSide.Sell) != (f.ExitReason is not null))
            {
                return $"fill {f.FillKey}: every sell needs its exit reason and a buy has none";
            }
        }

        if (t.Fills.Select(f => (f.ClientOrderId, f.FillKey)).Distinct().Count() != t.Fills.Length)
        {
            return "a fill is listed twice";
        }

        var bought = t.Fills.Where(f => f.Side == OrderSide.Buy).Sum(f => f.Quantity);
        var sold = t.Fills.Where(f => f.Side == OrderSide.Sell).Sum(f => f.Quantity);
        return bought == sold ? null : $"bought {bought} and sold {sold} shares: a trade result is written when the position is flat";
    }

    private static DateTimeOffset Instant(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }

    // journal.looks_like_account_number: 8 digits + 2-digit product code, with or without the dash.
    [GeneratedRegex("^[0-9]{8}-?[0-9]{2}$|^[0-9]{10}$", RegexOptions.CultureInvariant)]
    private static partial Regex FullAccountNumber();
}
