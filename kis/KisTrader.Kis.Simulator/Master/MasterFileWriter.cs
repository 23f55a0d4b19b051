using System.Globalization;
using System.IO.Compression;
using System.Text;
using KisTrader.Kis.Simulator.Market;

namespace KisTrader.Kis.Simulator.Master;

/// <summary>
/// Writes kospi_code.mst / kosdaq_code.mst (zipped, CP949, one listing per line, kis-api.md §6) from the market as of a
/// trading date: 기준가, 전일거래량 and 전일기준 시가총액 are that date's basis, so the file agrees with inquire-price.
/// Also idxcode.mst for the served indices.
/// </summary>
internal static class MasterFileWriter
{
    private static readonly Encoding Cp949 = CreateCp949();

    public static Encoding Encoding => Cp949;

    public static byte[] Zip(string entryName, byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry(entryName, CompressionLevel.Fastest);
            entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var stream = entry.Open();
            stream.Write(content);
        }

        return buffer.ToArray();
    }

    /// <summary>The .mst text of one market (bytes in CP949) as of a trading date.</summary>
    public static byte[] Listings(ISimMarket market, SimMarketId which, DateOnly date)
    {
        var layout = which == SimMarketId.Kospi ? MasterLayout.Kospi : MasterLayout.Kosdaq;
        var rows = market.Listings
            .Where(l => l.Market == which)
            .Select(l => (Listing: l, Basis: market.Basis(l.Code, date)))
            .Where(r => r.Basis is not null && r.Listing.ListedOn <= date)
            .ToList();
        var ranks = rows
            .Where(r => r.Listing.Kind == SimListingKind.Stock)
            .OrderByDescending(r => r.Basis!.PrevMarketCap)
            .ThenBy(r => r.Listing.Code, StringComparer.Ordinal)
            .Select((r, rank) => (r.Listing.Code, rank))
            .ToDictionary(x => x.Code, x => x.rank + 1, StringComparer.Ordinal);

        using var output = new MemoryStream();
        foreach (var (listing, basis) in rows)
        {
            output.Write(Line(listing, basis!, layout, ranks.GetValueOrDefault(listing.Code), date));
        }

        return output.ToArray();
    }

    /// <summary>idxcode.mst: market digit, 4-digit index code, name padded to 40 CP949 bytes.</summary>
    public static byte[] Indices(IEnumerable<(string Code, string Name)> indices)
    {
        var text = new StringBuilder();
        foreach (var (code, name) in indices)
        {
            text.Append(code[0]).Append(code).Append(PadBytes(name, MasterLayout.NameBytes)).Append('\n');
        }

        return Cp949.GetBytes(text.ToString());
    }

    private static byte[] Line(SimListing l, SimDayBasis basis, MasterLayout layout, int rank, DateOnly date)
    {
        var kospi = layout == MasterLayout.Kospi;
        var tail = new char[layout.TailLength];
        Array.Fill(tail, '0');
        foreach (var flag in layout.YesNoFlags)
        {
            tail[flag] = 'N';
        }

        Put(tail, 0, l.Kind switch
        {
            SimListingKind.Reit => "RT",
            SimListingKind.Fund => "IF",
            SimListingKind.Etf => "EF",
            SimListingKind.Etn => "EN",
            _ => "ST",
        });
        tail[layout.SizeClass] = l.Kind != SimListingKind.Stock ? '0' : kospi
            ? (rank <= 100 ? '1' : rank <= 300 ? '2' : '3')
            : (rank <= 100 ? '1' : rank <= 400 ? '2' : '3');
        tail[layout.Etp] = l.Kind switch { SimListingKind.Etf => '2', SimListingKind.Etn => '3', _ => '0' };
        tail[layout.Spac] = YesNo(l.Kind == SimListingKind.Spac);
        if (kospi)
        {
            tail[19] = YesNo(l.Kind == SimListingKind.Stock && rank <= 100);
            tail[20] = YesNo(l.Kind == SimListingKind.Stock && rank <= 50);
            tail[162] = YesNo(l.Kind is SimListingKind.Stock or SimListingKind.Preferred);
        }
        else
        {
            tail[35] = YesNo(l.Kind == SimListingKind.Stock && rank <= 150);
        }

        var basePrice = (long)basis.BasePrice;
        Number(tail, layout.BasePrice, MasterLayout.Widths.BasePrice, basePrice);
        Number(tail, layout.TradingUnit, MasterLayout.Widths.Unit, 1);
        Number(tail, layout.AfterHoursUnit, MasterLayout.Widths.Unit, 1);
        tail[layout.Halted] = YesNo(l.Halted);
        tail[layout.Liquidation] = 'N';
        tail[layout.Administrative] = YesNo(l.Administrative);
        Number(tail, layout.Warning, MasterLayout.Widths.Warning, (int)l.Warning);
        var risky = l.Administrative || l.Warning != SimMarketWarning.None || l.Kind is SimListingKind.Etn or SimListingKind.Spac;
        Number(tail, layout.MarginRate, MasterLayout.Widths.MarginRate, risky ? 100 : 40);
        tail[layout.Credit] = YesNo(!risky && l.Kind is SimListingKind.Stock or SimListingKind.Etf);
        Number(tail, layout.CreditDays, MasterLayout.Widths.CreditDays, risky ? 0 : 90);
        Number(tail, layout.PrevVolume, MasterLayout.Widths.PrevVolume, basis.PrevVolume);
        Number(tail, layout.FaceValue, MasterLayout.Widths.FaceValue, l.FaceValue);
        Put(tail, layout.ListedOn, l.ListedOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        Number(tail, layout.ListedShares, MasterLayout.Widths.ListedShares, l.ListedShares / 1000);
        Number(tail, layout.Capital, MasterLayout.Widths.Capital, l.ListedShares * l.FaceValue);
        Number(tail, layout.SettlementMonth, MasterLayout.Widths.SettlementMonth, 12);
        tail[layout.Preferred] = l.Kind == SimListingKind.Preferred ? '1' : '0';
        tail[layout.Krx300] = YesNo(l.Kind == SimListingKind.Stock && rank is > 0 and <= 300);
        var cap = (long)Math.Round(basis.PrevMarketCap / 100_000_000m);
        if (l.Kind is SimListingKind.Stock or SimListingKind.Preferred)
        {
            // Synthetic financials (억원): sales ≈ half the market cap, margins from the code (stable per listing).
            var sales = Math.Max(1, cap / 2);
            var margin = 2 + (int.Parse(l.Code[^3..], CultureInfo.InvariantCulture) % 13);
            Number(tail, layout.Sales, MasterLayout.Widths.Financial, sales);
            Number(tail, layout.OperatingProfit, MasterLayout.Widths.Financial, sales * margin / 100);
            Number(tail, layout.OrdinaryProfit, MasterLayout.Widths.Financial, sales * margin / 110);
            Number(tail, layout.NetIncome, MasterLayout.Widths.NetIncome, Math.Min(99_999, sales * margin / 130));
            Number(tail, layout.Roe, MasterLayout.Widths.Financial, margin * 100);
        }

        var quarterEnd = new DateOnly(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1).AddDays(-1);
        Put(tail, layout.BaseMonth, quarterEnd.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        Number(tail, layout.MarketCap, MasterLayout.Widths.MarketCap, cap);
        Number(tail, layout.GroupCode, MasterLayout.Widths.GroupCode, 0);

        var head = l.Code.PadRight(MasterLayout.ShortCodeWidth) + l.Isin.PadRight(MasterLayout.StandardCodeWidth) + PadBytes(l.Name, MasterLayout.NameBytes);
        return Cp949.GetBytes(head + new string(tail) + "\n");
    }

    private static char YesNo(bool value) => value ? 'Y' : 'N';

    private static void Put(char[] tail, int at, string value) => value.CopyTo(0, tail, at, value.Length);

    private static void Number(char[] tail, int at, int width, long value)
    {
        var max = (long)Math.Pow(10, width) - 1;
        Put(tail, at, Math.Clamp(value, 0, max).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'));
    }

    /// <summary>Pads (or cuts) a name to a byte width in CP949 with spaces, never splitting a character.</summary>
    private static string PadBytes(string name, int bytes)
    {
        var text = name;
        while (Cp949.GetByteCount(text) > bytes)
        {
            text = text[..^1];
        }

        return text + new string(' ', bytes - Cp949.GetByteCount(text));
    }

    private static Encoding CreateCp949()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(949);
    }
}
