using System.Globalization;
using System.IO.Compression;
using System.Text;
using KisTrader.Kis.Models;

namespace KisTrader.Kis.Master;

/// <summary>
/// Parses KIS master files (kis-api.md §6): a zip holding one CP949 .mst text file, one instrument per line. A line is a
/// 61-byte head (단축코드 9, 표준코드 12, 한글종목명 40) and an ASCII tail of fixed-width fields (KOSPI 227, KOSDAQ 221
/// characters). Fields appended after the documented tail are ignored. When the head is not 61 bytes (a name that was
/// not padded), the tail is sliced from the end of the line, as KIS's own sample does. A malformed line is recorded in
/// <see cref="MasterFile.Malformed"/> with its reason and the rest of the file is still read.
/// </summary>
public static class MasterFileParser
{
    private static readonly Encoding Cp949 = CreateCp949();

    /// <summary>Parses a downloaded zip (kospi_code.mst.zip / kosdaq_code.mst.zip).</summary>
    /// <exception cref="InvalidDataException">The stream is not a zip or holds no .mst entry.</exception>
    public static MasterFile ParseZip(Stream zip, KrxMarket market)
    {
        ArgumentNullException.ThrowIfNull(zip);
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        var entry = archive.Entries.FirstOrDefault(e => e.Name.EndsWith(".mst", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidDataException($"The {MasterFileLayout.For(market).FileName}.zip archive holds no .mst file.");
        using var content = entry.Open();
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        return ParseMst(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), market);
    }

    /// <summary>Parses the unzipped .mst bytes (CP949).</summary>
    public static MasterFile ParseMst(ReadOnlySpan<byte> mst, KrxMarket market)
    {
        var layout = MasterFileLayout.For(market);
        var instruments = new List<Instrument>(2048);
        var malformed = new List<MalformedMasterRow>();
        var lineNumber = 0;
        while (!mst.IsEmpty)
        {
            lineNumber++;
            var end = mst.IndexOf((byte)'\n');
            var line = end < 0 ? mst : mst[..end];
            mst = end < 0 ? [] : mst[(end + 1)..];
            if (!line.IsEmpty && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            if (line.Trim((byte)' ').IsEmpty)
            {
                continue;
            }

            var (instrument, problem) = ParseLine(line, layout, lineNumber);
            if (instrument is not null)
            {
                instruments.Add(instrument);
            }
            else
            {
                malformed.Add(problem!);
            }
        }

        return new MasterFile(market, instruments, malformed);
    }

    private static (Instrument? Instrument, MalformedMasterRow? Problem) ParseLine(ReadOnlySpan<byte> line, MasterFileLayout layout, int lineNumber)
    {
        var symbol = line.Length >= MasterFileLayout.ShortCodeBytes
            ? Encoding.ASCII.GetString(line[..MasterFileLayout.ShortCodeBytes]).Trim()
            : null;
        if (line.Length < MasterFileLayout.ShortCodeBytes + MasterFileLayout.StandardCodeBytes + layout.TailLength + 1)
        {
            return Fail($"line is {line.Length} bytes, too short for the head and the {layout.TailLength}-character tail");
        }

        if (symbol is null || !IsSymbol(symbol))
        {
            return Fail($"'{Printable(line[..MasterFileLayout.ShortCodeBytes])}' is not a short code");
        }

        string text;
        try
        {
            text = Cp949.GetString(line);
        }
        catch (DecoderFallbackException)
        {
            return Fail("the line is not valid CP949");
        }

        // The head is fixed in bytes; find where the tail starts in characters.
        string head;
        string tail;
        if (line.Length >= MasterFileLayout.HeadBytes + layout.TailLength && StartsTail(line[MasterFileLayout.HeadBytes..]) && IsWholeChars(line[..MasterFileLayout.HeadBytes]))
        {
            head = Cp949.GetString(line[..MasterFileLayout.HeadBytes]);
            tail = Encoding.ASCII.GetString(line[MasterFileLayout.HeadBytes..]);
        }
        else if (text.Length >= MasterFileLayout.ShortCodeBytes + MasterFileLayout.StandardCodeBytes + layout.TailLength)
        {
            head = text[..^layout.TailLength];
            tail = text[^layout.TailLength..];
        }
        else
        {
            return Fail($"line has {text.Length} characters, too short for the head and the {layout.TailLength}-character tail");
        }

        if (!tail.All(char.IsAscii) || head.Length < MasterFileLayout.ShortCodeBytes + MasterFileLayout.StandardCodeBytes)
        {
            return Fail("the fixed-width tail is not ASCII");
        }

        try
        {
            var reader = new TailReader(tail);
            var instrument = new Instrument
            {
                Symbol = symbol,
                StandardCode = head[MasterFileLayout.ShortCodeBytes..(MasterFileLayout.ShortCodeBytes + MasterFileLayout.StandardCodeBytes)].Trim(),
                Name = head[(MasterFileLayout.ShortCodeBytes + MasterFileLayout.StandardCodeBytes)..].Trim(),
                Market = layout.Market,
                GroupCode = reader.Text("그룹코드", 0, 2),
                SizeClass = (int)reader.Whole("시가총액규모", 2, 1),
                SectorLarge = reader.Text("업종대분류", 3, 4),
                SectorMedium = reader.Text("업종중분류", 7, 4),
                SectorSmall = reader.Text("업종소분류", 11, 4),
                IsLargeCapIndexMember = reader.Flag("KOSPI100/KOSDAQ150", layout.LargeCapIndex),
                Etp = reader.Code<EtpKind>("ETP", layout.Etp, 5),
                IsSpac = reader.Flag("SPAC", layout.Spac),
                IsShortTermOverheated = reader.Flag("단기과열", layout.ShortTermOverheated),
                BasePrice = reader.Number("기준가", layout.BasePrice, 9),
                TradingUnit = reader.Whole("매매수량단위", layout.TradingUnit, 5),
                AfterHoursUnit = reader.Whole("시간외수량단위", layout.AfterHoursUnit, 5),
                IsHalted = reader.Flag("거래정지", layout.Halted),
                IsLiquidation = reader.Flag("정리매매", layout.Liquidation),
                IsAdministrative = reader.Flag("관리종목", layout.Administrative),
                Warning = reader.Code<MarketWarning>("시장경고", layout.Warning, 3, width: 2),
                IsWarningNotice = reader.Flag("경고예고", layout.WarningNotice),
                IsUnfaithfulDisclosure = reader.Flag("불성실공시", layout.UnfaithfulDisclosure),
                IsBackdoorListing = reader.Flag("우회상장", layout.BackdoorListing),
                MarginRate = (int)reader.Whole("증거금비율", layout.MarginRate, 3),
                CreditAvailable = reader.Flag("신용가능", layout.Credit),
                PreviousDayVolume = reader.Whole("전일거래량", layout.PreviousVolume, 12),
                FaceValue = reader.Number("액면가", layout.FaceValue, 12),
                ListedOn = reader.Date("상장일자", layout.ListedOn),
                ListedSharesThousands = reader.Whole("상장주수", layout.ListedShares, 15),
                Capital = reader.Number("자본금", layout.Capital, 21),
                SettlementMonth = (int)reader.Whole("결산월", layout.SettlementMonth, 2),
                IpoPrice = reader.Number("공모가", layout.IpoPrice, 7),
                Preferred = reader.Code<PreferredKind>("우선주", layout.Preferred, 2),
                IsShortSellingOverheated = reader.Flag("공매도과열", layout.ShortSellingOverheated),
                IsAbnormalSurge = reader.Flag("이상급등", layout.AbnormalSurge),
                IsKrx300 = reader.Flag("KRX300", layout.Krx300),
                SalesEok = reader.Number("매출액", layout.Sales, 9),
                OperatingProfitEok = reader.Number("영업이익", layout.OperatingProfit, 9),
                NetIncomeEok = reader.Number("당기순이익", layout.NetIncome, 5),
                Roe = reader.Number("ROE", layout.Roe, 9),
                MarketCapEok = reader.Number("시가총액", layout.MarketCap, 9),
            };
            return (instrument, null);
        }
        catch (FormatException ex)
        {
            return Fail(ex.Message);
        }

        (Instrument?, MalformedMasterRow?) Fail(string reason) => (null, new MalformedMasterRow(lineNumber, symbol is { Length: > 0 } s ? s : null, reason));
    }

    private static bool IsSymbol(string symbol) =>
        (symbol.Length == 6 && symbol.All(char.IsAsciiLetterOrDigit)) || (symbol.Length == 7 && symbol[0] == 'Q' && symbol[1..].All(char.IsAsciiDigit));

    /// <summary>The tail starts with a two-letter group code followed by a size digit.</summary>
    private static bool StartsTail(ReadOnlySpan<byte> tail) =>
        tail.Length >= 3 && char.IsAsciiLetterUpper((char)tail[0]) && char.IsAsciiLetterUpper((char)tail[1]) && char.IsAsciiDigit((char)tail[2]);

    /// <summary>True when the bytes end on a character boundary in CP949 (no lead byte left dangling).</summary>
    private static bool IsWholeChars(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            i += bytes[i] < 0x80 ? 1 : 2;
        }

        return i == bytes.Length;
    }

    private static string Printable(ReadOnlySpan<byte> bytes) => new([.. Encoding.ASCII.GetString(bytes).Select(c => char.IsControl(c) ? '?' : c)]);

    private static Encoding CreateCp949()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(949, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>Reads fixed-width fields of the tail; a bad value throws FormatException naming the field.</summary>
    private readonly struct TailReader(string tail)
    {
        public string Text(string field, int start, int length) => Slice(field, start, length).Trim();

        public bool Flag(string field, int at) => Slice(field, at, 1)[0] switch
        {
            'Y' or '1' => true,
            'N' or '0' or ' ' => false,
            var c => throw new FormatException($"{field} flag at tail offset {at} is '{c}', expected Y/N"),
        };

        public long Whole(string field, int start, int length)
        {
            var text = Slice(field, start, length).Trim();
            return text.Length == 0 ? 0
                : long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value
                : throw new FormatException($"{field} at tail offset {start} is '{text}', expected a whole number");
        }

        public decimal Number(string field, int start, int length)
        {
            var text = Slice(field, start, length).Trim();
            return text.Length == 0 ? 0m
                : decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value
                : throw new FormatException($"{field} at tail offset {start} is '{text}', expected a number");
        }

        public DateOnly? Date(string field, int start)
        {
            var text = Slice(field, start, 8).Trim();
            return text.Length == 0 || text.All(c => c == '0') ? null
                : DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
                : throw new FormatException($"{field} at tail offset {start} is '{text}', expected yyyyMMdd");
        }

        public TEnum Code<TEnum>(string field, int start, int max, int width = 1)
            where TEnum : struct, Enum
        {
            var value = Whole(field, start, width);
            return value >= 0 && value <= max
                ? (TEnum)Enum.ToObject(typeof(TEnum), (int)value)
                : throw new FormatException($"{field} at tail offset {start} is {value}, expected 0..{max}");
        }

        private string Slice(string field, int start, int length) =>
            start + length <= tail.Length ? tail.Substring(start, length) : throw new FormatException($"{field} at tail offset {start} is past the end of the line");
    }
}
