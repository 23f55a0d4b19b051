using System.Security.Cryptography;
using System.Text;

namespace KisTrader.Kis.Tests.WebSocket.Support;

/// <summary>Hand-written KIS records (field orders of kis-api.md §5.4) and the test's own AES encryption.</summary>
internal static class Frames
{
    /// <summary>H0STCNT0, 46 fields: 005930 at 12:39:29 on 2026-11-23, price 73,100 (+600, 0.83 %), buyer-initiated.</summary>
    public static string[] Trade(string code = "005930", string time = "123929", string price = "73100", string volume = "5", string cumulative = "1234567") =>
    [
        code, time, price, "2", "600", "0.83", "72850.12", "72500", "73300", "72400", "73200", "73100", volume, cumulative, "90123456789",
        "3000", "4000", "1000", "110.25", "500000", "550000", "1", "52.38", "85.12", "090000", "2", "600", "101500", "5", "-200",
        "093000", "2", "700", "20261123", "20", "N", "1500", "2000", "150000", "160000", "0.02", "1000000", "123.45", "0", "", "73000",
    ];

    /// <summary>H0STASP0 (10 levels, 59 fields) or H0STOAA0 (9 levels, 54 fields): asks 71,100 up by 100, bids 71,000 down by 100.</summary>
    public static string[] Book(int levels)
    {
        var f = new List<string> { "005930", "101500", levels == 10 ? "0" : "D" };
        f.AddRange(Enumerable.Range(0, levels).Select(i => (71_100 + (i * 100)).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        f.AddRange(Enumerable.Range(0, levels).Select(i => (71_000 - (i * 100)).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        f.AddRange(Enumerable.Range(1, levels).Select(i => (i * 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        f.AddRange(Enumerable.Range(1, levels).Select(i => (i * 20).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        f.AddRange(["550", "1100", "0", "0", "71050", "300", "300", "1050", "2", "1.50", "987654", "-10", "25", "0", "0"]);
        if (levels == 10)
        {
            f.Add("01");
        }

        return [.. f];
    }

    /// <summary>H0UPCNT0, 30 fields: KOSPI 0001 at 2,512.34 (+12.34).</summary>
    public static string[] Index() =>
    [
        "0001", "100100", "2512.34", "2", "12.34", "300000000", "9000000", "120000", "3500", "0.49", "2501.00", "2520.00", "2495.50",
        "11.34", "2", "-7.66", "5", "16.84", "2", "0.04", "0.80", "-0.18", "3", "500", "80", "300", "1", "0", "0", "0.52",
    ];

    /// <summary>체결통보, 26 fields: a fill (CNTG_YN 2) of 10 shares at 69,900 of buy order 0000000101 for 10 at 70,000.</summary>
    public static string[] Notice(string cntgYn = "2", string rfusYn = "0", string quantity = "10", string price = "69900") =>
    [
        "myhts", "5000000101", "0000000101", "", "02", "0", "00", "0", "005930", quantity, price, "153000", rfusYn, cntgYn, cntgYn == "2" ? "2" : "1",
        "06010", "10", "홍길동", "0", "1", "N", "", "10", "", "삼성전자", "70000",
    ];

    public static string Plain(string trId, params string[][] records) =>
        $"0|{trId}|{records.Length:D3}|{string.Join('^', records.SelectMany(r => r))}";

    public static string Encrypted(string trId, string key, string iv, params string[][] records)
    {
        using var aes = Aes.Create();
        aes.Key = Encoding.UTF8.GetBytes(key);
        var cipher = aes.EncryptCbc(Encoding.UTF8.GetBytes(string.Join('^', records.SelectMany(r => r))), Encoding.UTF8.GetBytes(iv), PaddingMode.PKCS7);
        return $"1|{trId}|{records.Length:D3}|{Convert.ToBase64String(cipher)}";
    }
}
