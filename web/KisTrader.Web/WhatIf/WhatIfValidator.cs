using System.Globalization;
using KisTrader.GrainInterfaces;

namespace KisTrader.Web.WhatIf;

/// <summary>
/// Checks a <see cref="WhatIfRequest"/> before anything runs: every field's presence, format and range, unique codes,
/// an index return for each market used. Errors are keyed by the JSON path (<c>stocks[2].close</c>), as in RFC 7807
/// validation problems.
/// </summary>
internal static class WhatIfValidator
{
    /// <summary>Most stocks one request may screen (a KRX day has about 2,700 listings).</summary>
    public const int MaxStocks = 5000;

    private const decimal MaxPrice = 100_000_000m;

    /// <summary>The smallest price taken (KRX quotes whole won): a price of a fraction of a won overflowed the ratios.</summary>
    private const decimal MinPrice = 1m;
    private const decimal MaxMoney = 10_000_000_000_000_000m;
    private const long MaxVolume = 1_000_000_000_000L;
    private const decimal MaxStrength = 1_000_000m;
    private static readonly string[] Kinds = ["Common", "Preferred", "Spac", "Reit", "Etf", "Etn"];
    private static readonly string[] Markets = ["KOSPI", "KOSDAQ"];

    /// <summary>The errors by path; empty when the request is valid. <paramref name="historyDays"/> is Features:VolumeHistoryDays.</summary>
    public static Dictionary<string, string[]> Validate(WhatIfRequest request, int historyDays)
    {
        var errors = new Errors();
        var markets = IndexReturns(request, errors);
        if (request.Stocks is not { } stocks)
        {
            errors.Add("stocks", "is required: the listings to screen");
            return errors.ToDictionary();
        }

        if (stocks.Count is 0 or > MaxStocks)
        {
            errors.Add("stocks", $"must hold 1 to {MaxStocks} stocks (it holds {stocks.Count})");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < stocks.Count && i < MaxStocks; i++)
        {
            var at = $"stocks[{i}]";
            if (stocks[i] is not { } stock)
            {
                errors.Add(at, "must be an object");
                continue;
            }

            if (!GrainKeys.IsSymbol(stock.Code))
            {
                errors.Add($"{at}.code", "must be a 6-digit KRX code such as 005930");
            }
            else if (!seen.Add(stock.Code!))
            {
                errors.Add($"{at}.code", $"{stock.Code} is listed more than once");
            }

            Stock(errors, at, stock, markets, historyDays);
        }

        return errors.ToDictionary();
    }

    /// <summary>KOSPI/KOSDAQ (any case) to the canonical name, or null.</summary>
    public static string? Market(string? market) => Markets.FirstOrDefault(m => string.Equals(m, market?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The canonical kind name (default Common), or null when unknown.</summary>
    public static string? Kind(string? kind) => kind is null ? "Common" : Kinds.FirstOrDefault(k => string.Equals(k, kind.Trim(), StringComparison.OrdinalIgnoreCase));

    private static HashSet<string> IndexReturns(WhatIfRequest request, Errors errors)
    {
        var markets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.IndexReturns ?? [])
        {
            if (Market(key) is not { } market)
            {
                errors.Add($"indexReturns.{key}", "is not a market (KOSPI or KOSDAQ)");
                continue;
            }

            if (value is < -1m or > 1m)
            {
                errors.Add($"indexReturns.{key}", $"must be a fraction between -1 and 1 (0.004 = +0.4%; value {Show(value)})");
            }

            if (!markets.Add(market))
            {
                errors.Add($"indexReturns.{key}", $"{market} is given more than once");
            }
        }

        return markets;
    }

    private static void Stock(Errors errors, string at, WhatIfStock s, HashSet<string> markets, int historyDays)
    {
        if (s.Name is { Length: > 100 })
        {
            errors.Add($"{at}.name", "must be at most 100 characters");
        }

        if (Market(s.Market) is not { } market)
        {
            errors.Add($"{at}.market", "is required: KOSPI or KOSDAQ");
        }
        else if (!markets.Contains(market))
        {
            errors.Add("indexReturns", $"needs {market}'s index day return ({at} is a {market} stock)");
        }

        if (Kind(s.Kind) is null)
        {
            errors.Add($"{at}.kind", $"must be one of {string.Join(", ", Kinds)} (value '{s.Kind}')");
        }

        Positive(errors, $"{at}.close", s.Close, MaxPrice, required: true, price: true);
        Positive(errors, $"{at}.prevClose", s.PrevClose, MaxPrice, required: true, price: true);
        Positive(errors, $"{at}.price1400", s.Price1400, MaxPrice, required: false, price: true);
        Positive(errors, $"{at}.vwap", s.Vwap, MaxPrice, required: false, price: true);
        NonNegative(errors, $"{at}.marketCap", s.MarketCap, MaxMoney);
        NonNegative(errors, $"{at}.tradingValue", s.TradingValue, MaxMoney);
        NonNegative(errors, $"{at}.executionStrength", s.ExecutionStrength, MaxStrength);
        NonNegative(errors, $"{at}.volume", s.Volume, MaxVolume);
        NonNegative(errors, $"{at}.lateVolume", s.LateVolume, MaxVolume);
        if (Positive(errors, $"{at}.avgVolume20", s.AvgVolume20, MaxVolume, required: true) && decimal.Truncate(s.AvgVolume20!.Value * historyDays) != s.AvgVolume20.Value * historyDays)
        {
            errors.Add($"{at}.avgVolume20", $"× {historyDays} must be a whole number of shares (it is the mean of {historyDays} daily volumes; value {Show(s.AvgVolume20.Value)})");
        }

        if (s is { Volume: { } volume, LateVolume: { } late } && late >= 0 && volume >= 0)
        {
            if (late > volume)
            {
                errors.Add($"{at}.lateVolume", $"must not exceed volume ({Show(late)} > {Show(volume)})");
            }
            else if (late == volume && s.Price1400 is not null)
            {
                errors.Add($"{at}.price1400", "must be left out when nothing traded before 14:00 (lateVolume equals volume)");
            }
            else if (late < volume && s.Price1400 is null)
            {
                errors.Add($"{at}.price1400", "is required when shares traded before 14:00 (lateVolume is less than volume)");
            }
        }
    }

    private static bool Positive(Errors errors, string key, decimal? value, decimal max, bool required, bool price = false)
    {
        if (value is not { } v)
        {
            if (required)
            {
                errors.Add(key, "is required");
            }

            return false;
        }

        if (v <= 0 || v > max)
        {
            errors.Add(key, $"must be greater than 0 and at most {Show(max)} (value {Show(v)})");
            return false;
        }

        if (price && v < MinPrice)
        {
            errors.Add(key, $"must be at least {Show(MinPrice)} won (value {Show(v)})");
            return false;
        }

        return true;
    }

    private static void NonNegative(Errors errors, string key, decimal? value, decimal max)
    {
        if (value is not { } v)
        {
            errors.Add(key, "is required");
        }
        else if (v < 0 || v > max)
        {
            errors.Add(key, $"must be between 0 and {Show(max)} (value {Show(v)})");
        }
    }

    private static string Show(decimal value) => value.ToString("#,0.##########", CultureInfo.InvariantCulture);

    private sealed class Errors
    {
        private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

        public void Add(string key, string message)
        {
            if (!_errors.TryGetValue(key, out var list))
            {
                _errors[key] = list = [];
            }

            list.Add(message);
        }

        public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
