using System.IO.Compression;
using System.Text;
using KisTrader.Kis.Master;
using KisTrader.Kis.Models;

namespace KisTrader.Kis.Tests.Master;

/// <summary>
/// The fixed-width parser on hand-built lines: every documented offset, CP949 names, lines with appended fields, lines
/// whose name is not padded, CRLF endings, and malformed lines that are counted with a reason instead of stopping the file.
/// </summary>
public sealed class MasterFileParserTests
{
    private static readonly Encoding Cp949 = CreateCp949();

    /// <summary>A KOSPI tail (227 chars) with the given fields set, everything else '0' (flags 'N').</summary>
    private static string KospiTail(Action<char[]>? change = null)
    {
        var tail = new char[227];
        Array.Fill(tail, '0');
        foreach (var flag in new[] { 15, 16, 17, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 32, 60, 61, 62, 65, 66, 67, 77, 159, 160, 161, 162, 224, 225, 226 })
        {
            tail[flag] = 'N';
        }

        Put(tail, 0, "ST");
        tail[2] = '1';
        Put(tail, 3, "0001");
        Put(tail, 7, "0013");
        Put(tail, 11, "0000");
        tail[19] = 'Y';
        Put(tail, 41, "000071700"); // 기준가
        Put(tail, 50, "00001");
        Put(tail, 55, "00001");
        Put(tail, 63, "00");
        Put(tail, 74, "020"); // 증거금 20%
        tail[77] = 'Y';
        Put(tail, 81, "000012345678"); // 전일거래량
        Put(tail, 93, "000000000100"); // 액면가
        Put(tail, 105, "19750611");
        Put(tail, 113, "000000005969782"); // 상장주수(천)
        Put(tail, 149, "12");
        tail[161] = 'Y';
        Put(tail, 163, "003008709");
        Put(tail, 190, "-1234");
        Put(tail, 212, "004280000"); // 시가총액(억)
        change?.Invoke(tail);
        return new string(tail);
    }

    private static void Put(char[] tail, int at, string value) => value.CopyTo(0, tail, at, value.Length);

    private static byte[] Line(string code, string name, string tail, bool padName = true)
    {
        var nameBytes = Cp949.GetBytes(name);
        var head = Encoding.ASCII.GetBytes(code.PadRight(9) + ("KR7" + code.PadRight(6, '0')[..6] + "003").PadRight(12));
        var padding = padName ? Enumerable.Repeat((byte)' ', 40 - nameBytes.Length) : [];
        return [.. head, .. nameBytes, .. padding, .. Encoding.ASCII.GetBytes(tail)];
    }

    private static byte[] File(params byte[][] lines) => [.. lines.SelectMany(l => (byte[])[.. l, (byte)'\n'])];

    [Fact]
    public void ParseMst_OneLine_ReadsEveryField()
    {
        var file = MasterFileParser.ParseMst(File(Line("005930", "삼성전자", KospiTail())), KrxMarket.Kospi);

        var samsung = Assert.Single(file.Instruments);
        Assert.Empty(file.Malformed);
        Assert.Equal(("005930", "KR7005930003", "삼성전자", "ST", 1), (samsung.Symbol, samsung.StandardCode, samsung.Name, samsung.GroupCode, samsung.SizeClass));
        Assert.Equal(("0001", "0013", "0000"), (samsung.SectorLarge, samsung.SectorMedium, samsung.SectorSmall));
        Assert.Equal((71_700m, 1L, 20, true), (samsung.BasePrice, samsung.TradingUnit, samsung.MarginRate, samsung.CreditAvailable));
        Assert.Equal((12_345_678L, 100m, new DateOnly(1975, 6, 11)), (samsung.PreviousDayVolume, samsung.FaceValue, samsung.ListedOn!.Value));
        Assert.Equal((5_969_782L, 5_969_782_000L, 12), (samsung.ListedSharesThousands, samsung.ListedShares, samsung.SettlementMonth));
        Assert.Equal((3_008_709m, -1_234m, 4_280_000m), (samsung.SalesEok, samsung.NetIncomeEok, samsung.MarketCapEok));
        Assert.True(samsung.IsLargeCapIndexMember && samsung.IsKrx300 && samsung.IsCommonStock);
        Assert.False(samsung.IsHalted || samsung.IsSpac || samsung.IsPreferred || samsung.IsEtf);
    }

    [Fact]
    public void ParseMst_KospiFlagOffsets()
    {
        var tail = KospiTail(t =>
        {
            Put(t, 0, "RT");
            t[22] = '2';
            t[29] = 'Y';
            t[60] = 'Y';
            t[61] = 'Y';
            t[62] = 'Y';
            Put(t, 63, "02");
            t[158] = '2';
            t[159] = 'Y';
        });

        var line = Assert.Single(MasterFileParser.ParseMst(File(Line("123456", "맥쿼리인프라", tail)), KrxMarket.Kospi).Instruments);

        Assert.True(line.IsReit && line.IsSpac && line.IsHalted && line.IsLiquidation && line.IsAdministrative && line.IsShortSellingOverheated);
        Assert.Equal((EtpKind.TrustEtf, MarketWarning.Warning, PreferredKind.NewPreferred), (line.Etp, line.Warning, line.Preferred));
        Assert.True(line.IsEtf && line.IsPreferred);
    }

    [Fact]
    public void ParseMst_KosdaqOffsets()
    {
        var tail = new char[221];
        Array.Fill(tail, '0');
        Put(tail, 0, "ST");
        tail[18] = '3';
        tail[24] = 'Y';
        tail[55] = 'N';
        tail[56] = 'N';
        tail[57] = 'Y';
        Put(tail, 58, "01");
        tail[72] = 'N';
        Put(tail, 36, "000002105");
        Put(tail, 206, "000000321");
        foreach (var flag in new[] { 19, 27, 35, 60, 61, 62, 154, 155, 156 })
        {
            tail[flag] = 'N';
        }

        var spac = Assert.Single(MasterFileParser.ParseMst(File(Line("Q50001", "스팩1호", new string(tail))), KrxMarket.Kosdaq).Instruments);

        Assert.Equal((KrxMarket.Kosdaq, EtpKind.Etn, true, true, MarketWarning.Caution), (spac.Market, spac.Etp, spac.IsSpac, spac.IsAdministrative, spac.Warning));
        Assert.Equal((2_105m, 321m), (spac.BasePrice, spac.MarketCapEok));
    }

    [Fact]
    public void ParseMst_AppendedFieldsUnpaddedNamesAndCrLf_AreTolerated()
    {
        var normal = Line("005930", "삼성전자", KospiTail());
        var appended = Line("000660", "SK하이닉스", KospiTail() + "Y0012345ABC");
        var unpadded = Line("035420", "NAVER", KospiTail(), padName: false);
        var crlf = (byte[])[.. Line("005380", "현대차", KospiTail()), (byte)'\r'];

        var file = MasterFileParser.ParseMst(File(normal, appended, unpadded, crlf, []), KrxMarket.Kospi);

        Assert.Empty(file.Malformed);
        Assert.Equal(["005930", "000660", "035420", "005380"], file.Instruments.Select(i => i.Symbol));
        Assert.Equal(["삼성전자", "SK하이닉스", "NAVER", "현대차"], file.Instruments.Select(i => i.Name));
        Assert.All(file.Instruments, i => Assert.Equal((71_700m, 4_280_000m), (i.BasePrice, i.MarketCapEok)));
    }

    [Fact]
    public void ParseMst_MalformedLines_AreCountedWithReasonsAndTheRestIsRead()
    {
        var good = Line("005930", "삼성전자", KospiTail());
        var shortLine = Line("000020", "동화약품", KospiTail())[..80];
        var badCode = Line("00-0?0", "이상한코드", KospiTail());
        var badNumber = Line("000040", "KR모터스", KospiTail(t => Put(t, 41, "0000ABCDE")));
        var badFlag = Line("000050", "경방", KospiTail(t => t[60] = 'X'));
        var badBytes = Line("000070", "삼양홀딩스", KospiTail());
        badBytes[21] = 0xA1; // a CP949 lead byte followed by a space: no such character
        badBytes[22] = 0x20;

        var file = MasterFileParser.ParseMst(File(good, shortLine, badCode, badNumber, badFlag, badBytes, good), KrxMarket.Kospi);

        Assert.Equal(2, file.Instruments.Count);
        Assert.Equal([2, 3, 4, 5, 6], file.Malformed.Select(m => m.LineNumber));
        Assert.Equal(["000020", "00-0?0", "000040", "000050", "000070"], file.Malformed.Select(m => m.Symbol));
        Assert.Equal("line is 80 bytes, too short for the head and the 227-character tail", file.Malformed[0].Reason);
        Assert.Equal("'00-0?0   ' is not a short code", file.Malformed[1].Reason);
        Assert.Equal("기준가 at tail offset 41 is '0000ABCDE', expected a number", file.Malformed[2].Reason);
        Assert.Equal("거래정지 flag at tail offset 60 is 'X', expected Y/N", file.Malformed[3].Reason);
        Assert.Equal("the line is not valid CP949", file.Malformed[4].Reason);
    }

    [Fact]
    public void ParseZip_FindsTheMstEntry_AndRefusesOtherArchives()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("kospi_code.mst").Open();
            entry.Write(File(Line("005930", "삼성전자", KospiTail())));
        }

        zip.Position = 0;
        Assert.Equal("005930", Assert.Single(MasterFileParser.ParseZip(zip, KrxMarket.Kospi).Instruments).Symbol);

        using var empty = new MemoryStream();
        using (var archive = new ZipArchive(empty, ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntry("readme.txt");
        }

        empty.Position = 0;
        Assert.Equal("The kospi_code.mst.zip archive holds no .mst file.", Assert.Throws<InvalidDataException>(() => MasterFileParser.ParseZip(empty, KrxMarket.Kospi)).Message);
    }

    private static Encoding CreateCp949()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(949);
    }
}
