namespace KisTrader.GrainInterfaces;

/// <summary>Keys of the market-data grain and the symbol grains (and thereby of the <c>ticks/&lt;symbol&gt;</c> streams).</summary>
public static partial class GrainKeys
{
    /// <summary>The one <see cref="IMarketDataGrain"/> of the cluster (it owns the app key's single KIS WebSocket session).</summary>
    public const string MarketData = "market-data";

    /// <summary>
    /// The <see cref="ISymbolGrain"/> key (and the <c>ticks</c> stream key) of a KRX short code: exactly six ASCII digits,
    /// e.g. <c>005930</c>.
    /// </summary>
    /// <exception cref="ArgumentException">Not six ASCII digits.</exception>
    public static string Symbol(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!IsSymbol(code))
        {
            throw new ArgumentException($"'{code}' is not a KRX short code (exactly six ASCII digits, e.g. 005930).", nameof(code));
        }

        return code;
    }

    /// <summary>The code of an <see cref="ISymbolGrain"/> key.</summary>
    /// <exception cref="FormatException">The key is not six ASCII digits.</exception>
    public static string ParseSymbol(string key) =>
        key is not null && IsSymbol(key) ? key : throw new FormatException($"'{key}' is not a symbol key (exactly six ASCII digits).");

    /// <summary>Whether <paramref name="code"/> is six ASCII digits.</summary>
    public static bool IsSymbol(string? code) => code is { Length: 6 } && code.All(char.IsAsciiDigit);
}
