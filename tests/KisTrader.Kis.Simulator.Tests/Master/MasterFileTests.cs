using System.Globalization;
using System.IO.Compression;
using System.Text;
using KisTrader.Kis.Simulator.Market;
using KisTrader.Kis.Simulator.Master;
using KisTrader.Kis.Simulator.Tests.Market;

namespace KisTrader.Kis.Simulator.Tests.Master;

/// <summary>
/// Round trip of kospi_code.mst / kosdaq_code.mst: unzip, decode CP949 and parse with this test's own reader at the offsets
/// of kis-api.md §6, then compare with the market.
/// </summary>
public sealed class MasterFileTests
{
    private static readonly DateOnly Day = TestMarkets.Monday;
    private static readonly Encoding Cp949 = CreateCp949();

    private static Encoding CreateCp949()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(949);
    }

    /// <summary>Fields read at the documented offsets (tail = the fixed-width part after the name).</summary>
    private sealed record Row(
        string Code, string Isin, string Name, string Group, char Etp, char Spac, long BasePrice, char Halted, char Administrative,
        string Warning, long PrevVolume, long SharesThousands, char Preferred, long CapEok, int LineBytes);

    private static List<Row> Parse(byte[] zip, string entryName, int tailLength, int etp, int spac, int basePrice, int halted, int admin, int warning, int prevVolume, int shares, int preferred, int cap)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        var entry = Assert.Single(archive.Entries);
        Assert.Equal(entryName, entry.FullName);
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var rows = new List<Row>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != (byte)'\n')
            {
                continue;
            }

            var line = Cp949.GetString(bytes, start, i - start);
            var lineBytes = i - start + 1;
            start = i + 1;
            var head = line[..^tailLength];
            var tail = line[^tailLength..];
            long N(int at, int width) => long.Parse(tail.AsSpan(at, width), CultureInfo.InvariantCulture);
            rows.Add(new Row(
                head[..9].Trim(), head[9..21], head[21..].Trim(), tail[..2], tail[etp], tail[spac], N(basePrice, 9), tail[halted], tail[admin],
                tail.Substring(warning, 2), N(prevVolume, 12), N(shares, 15), tail[preferred], N(cap, 9), lineBytes));
        }

        Assert.Equal(bytes.Length, start);
        return rows;
    }

    [Fact]
    public void KospiMaster_RoundTripsEveryListing()
    {
        var market = TestMarkets.Default;
        var zip = MasterFileEndpoints.Build(market, "kospi_code.mst", TestMarkets.At(Day, 7, 0));
        // Offsets (kis-api.md §6, KOSPI tail of 227): ETP 22, SPAC 29, 기준가 [41:50], 거래정지 60, 관리종목 62, 시장경고 [63:65],
        // 전일거래량 [81:93], 상장주수(천) [113:128], 우선주 158, 시가총액(억) [212:221].
        var rows = Parse(zip, "kospi_code.mst", 227, 22, 29, 41, 60, 62, 63, 81, 113, 158, 212);
        var date = market.PreviousTradingDay(Day); // 07:00: the current trading date is still the previous session's
        Check(market, rows, SimMarketId.Kospi, date, 9 + 12 + 40 + 227 + 1);
    }

    [Fact]
    public void KosdaqMaster_RoundTripsEveryListing()
    {
        var market = TestMarkets.Default;
        var zip = MasterFileEndpoints.Build(market, "kosdaq_code.mst", TestMarkets.At(Day, 9, 0));
        // KOSDAQ tail of 221: ETP 18, SPAC 24, 기준가 [36:45], 거래정지 55, 관리종목 57, 시장경고 [58:60], 전일거래량 [76:88],
        // 상장주수(천) [108:123], 우선주 153, 시가총액(억) [206:215].
        var rows = Parse(zip, "kosdaq_code.mst", 221, 18, 24, 36, 55, 57, 58, 76, 108, 153, 206);
        Check(market, rows, SimMarketId.Kosdaq, Day, 9 + 12 + 40 + 221 + 1);
    }

    private static void Check(SimMarket market, List<Row> rows, SimMarketId which, DateOnly date, int lineBytes)
    {
        var expected = market.Listings.Where(l => l.Market == which && l.ListedOn <= date).ToList();
        Assert.Equal(expected.Select(l => l.Code), rows.Select(r => r.Code));
        foreach (var (l, r) in expected.Zip(rows))
        {
            var basis = market.Basis(l.Code, date)!;
            Assert.Equal((l.Isin, l.Name, lineBytes), (r.Isin, r.Name, r.LineBytes));
            Assert.Equal(l.Kind switch { SimListingKind.Etf => "EF", SimListingKind.Etn => "EN", SimListingKind.Reit => "RT", SimListingKind.Fund => "IF", _ => "ST" }, r.Group);
            Assert.Equal(l.Kind switch { SimListingKind.Etf => '2', SimListingKind.Etn => '3', _ => '0' }, r.Etp);
            Assert.Equal(l.Kind == SimListingKind.Spac ? 'Y' : 'N', r.Spac);
            Assert.Equal(l.Kind == SimListingKind.Preferred ? '1' : '0', r.Preferred);
            Assert.Equal((l.Halted ? 'Y' : 'N', l.Administrative ? 'Y' : 'N'), (r.Halted, r.Administrative));
            Assert.Equal(((int)l.Warning).ToString("00", CultureInfo.InvariantCulture), r.Warning);
            Assert.Equal((long)basis.BasePrice, r.BasePrice);
            Assert.Equal(basis.PrevVolume, r.PrevVolume);
            Assert.Equal(l.ListedShares / 1000, r.SharesThousands);
            Assert.Equal((long)Math.Round(basis.PrevMarketCap / 100_000_000m), r.CapEok);
        }

        Assert.Contains(rows, r => r.Halted == 'Y');
        Assert.Contains(rows, r => r.Administrative == 'Y');
    }

    [Fact]
    public void SamsungLine_HasItsRealCodesAndPreferredFlags()
    {
        var market = TestMarkets.Default;
        var rows = Parse(MasterFileEndpoints.Build(market, "kospi_code.mst", TestMarkets.At(Day, 10, 0)), "kospi_code.mst", 227, 22, 29, 41, 60, 62, 63, 81, 113, 158, 212);
        var samsung = rows.Single(r => r.Code == "005930");
        Assert.Equal(("KR7005930003", "삼성전자", "ST", '0'), (samsung.Isin, samsung.Name, samsung.Group, samsung.Preferred));
        Assert.Equal('1', rows.Single(r => r.Code == "005935").Preferred);
        Assert.Equal(('2', "EF"), (rows.Single(r => r.Code == "069500").Etp, rows.Single(r => r.Code == "069500").Group));
    }

    [Fact]
    public void IndexMaster_ListsKospiAndKosdaq()
    {
        using var archive = new ZipArchive(new MemoryStream(MasterFileEndpoints.Build(TestMarkets.Small42, "idxcode.mst", TestMarkets.At(Day, 10, 0))));
        using var reader = new StreamReader(Assert.Single(archive.Entries).Open(), Cp949);
        var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // char 0 = market digit, [1:5] 업종코드, then the name padded to 40 bytes.
        Assert.Equal([("0", "0001", "종합"), ("1", "1001", "코스닥")], lines.Select(l => (l[..1], l[1..5], l[5..].Trim())));
    }
}
