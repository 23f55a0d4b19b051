using System.Text;

namespace KisTrader.Kis.Simulator.Market.Universe;

/// <summary>KRX standard codes (ISIN): "KR7" + 6-digit code + "00" + check digit (e.g. KR7005930003); ETNs "KRG" + 6 digits + "00".</summary>
internal static class Isin
{
    public static string For(string code)
    {
        var digits = code.StartsWith('Q') ? code[1..] : code;
        var body = (code.StartsWith('Q') ? "KRG" : "KR7") + digits + "00";
        return body + CheckDigit(body);
    }

    /// <summary>ISIN check digit: letters → two digits (A=10 … Z=35), then Luhn over the digit string.</summary>
    public static char CheckDigit(string body)
    {
        var expanded = new StringBuilder();
        foreach (var ch in body)
        {
            expanded.Append(char.IsLetter(ch) ? (ch - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture) : ch.ToString());
        }

        var sum = 0;
        var doubleIt = true;
        for (var i = expanded.Length - 1; i >= 0; i--)
        {
            var d = expanded[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
