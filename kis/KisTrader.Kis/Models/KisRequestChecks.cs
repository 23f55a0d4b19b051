using System.Globalization;

namespace KisTrader.Kis.Models;

/// <summary>Argument checks and value formats shared by the request records (KIS wants every value as a string).</summary>
internal static class KisRequestChecks
{
    /// <summary>A stock code: 6 characters (digits, or KRX's newer alphanumeric codes) or an ETN "Q" + 6 digits.</summary>
    public static string Symbol(string symbol, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol, parameterName);
        var ok = (symbol.Length == 6 && symbol.All(char.IsAsciiLetterOrDigit))
            || (symbol.Length == 7 && symbol[0] == 'Q' && symbol.Skip(1).All(char.IsAsciiDigit));
        return ok ? symbol : throw new ArgumentException($"'{symbol}' is not a KRX stock code (6 characters, ETN Q + 6 digits).", parameterName);
    }

    /// <summary>An index code: 4 digits (0001 KOSPI, 1001 KOSDAQ, 2001 KOSPI200).</summary>
    public static string IndexCode(string code, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code, parameterName);
        return code.Length == 4 && code.All(char.IsAsciiDigit) ? code : throw new ArgumentException($"'{code}' is not a 4-digit index code.", parameterName);
    }

    public static void Range(DateOnly from, DateOnly to, string parameterName)
    {
        if (from > to)
        {
            throw new ArgumentException($"The date range {from:yyyy-MM-dd}..{to:yyyy-MM-dd} is reversed.", parameterName);
        }
    }

    /// <summary>A price in whole won ("71200"); KRX prices have no fraction.</summary>
    public static string Won(decimal price, string parameterName)
    {
        if (price < 0 || price != decimal.Truncate(price))
        {
            throw new ArgumentOutOfRangeException(parameterName, price, "A KRX price is a whole, non-negative number of won.");
        }

        return price.ToString("0", CultureInfo.InvariantCulture);
    }

    public static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string YesNo(bool value) => value ? "Y" : "N";
}
