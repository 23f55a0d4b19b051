using KisTrader.Kis.Master;
using KisTrader.Kis.Models;
using KisTrader.Kis.Tests.Models.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KisTrader.Kis.Tests.Master;

/// <summary>
/// Both master files downloaded from the simulator through <see cref="HttpMasterFileSource"/> (registered with
/// <see cref="MasterFileServiceCollectionExtensions.AddKisMasterFiles"/>), parsed, and checked against inquire-price of
/// the same instruments: the simulator writes the file from the same basis, so 기준가, flags and shares must agree.
/// </summary>
public sealed class MasterFileDownloadTests(FullUniverseSession sim) : IClassFixture<FullUniverseSession>
{
    private const string MasterPath = "common/master/";

    private ServiceProvider Services(Action<Dictionary<string, string?>>? change = null)
    {
        var settings = new Dictionary<string, string?> { ["Kis:MasterFileBaseUrl"] = new Uri(sim.Host.BaseUrl, MasterPath).ToString() };
        change?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddKisMasterFiles(configuration).BuildServiceProvider();
    }

    private async Task<MasterFile> DownloadAsync(KrxMarket market)
    {
        using var services = Services();
        return await services.GetRequiredService<IMasterFileSource>().GetAsync(market, TestContext.Current.CancellationToken);
    }

    private async Task<StockQuote> QuoteAsync(string symbol) =>
        StockQuote.Parse((await sim.GetAsync(KisEndpoints.InquirePrice, new SymbolQuery(symbol).ToQuery()))["output"]);

    [Fact]
    public async Task BothMarkets_CountsMatchTheUniverseAndNoRowIsMalformed()
    {
        var kospi = await DownloadAsync(KrxMarket.Kospi);
        var kosdaq = await DownloadAsync(KrxMarket.Kosdaq);

        Assert.Empty(kospi.Malformed);
        Assert.Empty(kosdaq.Malformed);
        Assert.InRange(kospi.Instruments.Count, 900, 950);
        Assert.InRange(kosdaq.Instruments.Count, 1_650, 1_750);
        Assert.All(kospi.Instruments, i => Assert.Equal(KrxMarket.Kospi, i.Market));
        Assert.Equal(kospi.Instruments.Count + kosdaq.Instruments.Count, kospi.Instruments.Concat(kosdaq.Instruments).Select(i => i.Symbol).Distinct().Count());
        Assert.NotEmpty(kospi.Instruments.Concat(kosdaq.Instruments));
        Assert.All(kospi.Instruments.Concat(kosdaq.Instruments), i => Assert.Equal(12, i.StandardCode.Length));
    }

    [Fact]
    public async Task Samsung_FlagsAndFiguresAgreeWithInquirePrice()
    {
        var kospi = await DownloadAsync(KrxMarket.Kospi);
        var samsung = kospi.Find("005930");
        var quote = await QuoteAsync("005930");
        var chart = DailyChartSummary.Parse((await sim.GetAsync(KisEndpoints.DailyItemChart, new DailyChartRequest("005930", Scenario.Day1, Scenario.Day1).ToQuery()))["output1"]);

        Assert.NotNull(samsung);
        Assert.Equal(("삼성전자", "ST", 1), (samsung.Name, samsung.GroupCode, samsung.SizeClass));
        Assert.True(samsung.IsCommonStock);
        Assert.False(samsung.IsPreferred || samsung.IsSpac || samsung.IsEtf || samsung.IsEtn || samsung.IsReit);
        Assert.False(samsung.IsHalted || samsung.IsAdministrative || samsung.IsLiquidation);
        Assert.Equal(MarketWarning.None, samsung.Warning);
        Assert.True(samsung.IsKrx300 && samsung.IsLargeCapIndexMember);
        Assert.StartsWith("KR7005930", samsung.StandardCode, StringComparison.Ordinal);
        Assert.Equal(quote.BasePrice, samsung.BasePrice);
        Assert.Equal(quote.ListedShares / 1000, samsung.ListedSharesThousands);
        Assert.Equal(quote.FaceValue, samsung.FaceValue);
        Assert.Equal(quote.MarginRate, samsung.MarginRate);
        Assert.Equal(quote.CreditAvailable, samsung.CreditAvailable);
        Assert.Equal(chart.PreviousVolume, samsung.PreviousDayVolume);
        Assert.Equal(1L, samsung.TradingUnit);
        Assert.NotNull(samsung.ListedOn);
        Assert.True(samsung.MarketCapEok > 0);
    }

    [Fact]
    public async Task SpecialKinds_PresentFlaggedAndAgreeWithInquirePrice()
    {
        var all = (await DownloadAsync(KrxMarket.Kospi)).Instruments.Concat((await DownloadAsync(KrxMarket.Kosdaq)).Instruments).ToList();

        var spac = all.First(i => i.IsSpac);
        var reit = all.First(i => i.IsReit);
        var preferred = all.First(i => i.IsPreferred);
        var etf = all.First(i => i.IsEtf);
        var etn = all.First(i => i.IsEtn);

        Assert.Equal(("ST", false), (spac.GroupCode, spac.IsCommonStock));
        Assert.Equal(PreferredKind.OldPreferred, preferred.Preferred);
        Assert.Equal(("EF", EtpKind.TrustEtf), (etf.GroupCode, etf.Etp));
        Assert.Equal(("EN", EtpKind.Etn), (etn.GroupCode, etn.Etp));
        Assert.StartsWith("Q", etn.Symbol, StringComparison.Ordinal);
        Assert.Equal("ETF", (await QuoteAsync(etf.Symbol)).MarketName);
        Assert.Equal("ETN", (await QuoteAsync(etn.Symbol)).MarketName);

        // Every flag the quote also shows must agree, for the special kinds and for every halted/administrative/warned line.
        var flagged = all.Where(i => i.IsHalted || i.IsAdministrative || i.Warning != MarketWarning.None).Take(15).ToList();
        Assert.NotEmpty(flagged);
        foreach (var instrument in new[] { spac, reit, preferred, etf, etn }.Concat(flagged))
        {
            var quote = await QuoteAsync(instrument.Symbol);
            Assert.Equal(instrument.BasePrice, quote.BasePrice);
            Assert.Equal(instrument.IsHalted, quote.TemporarilyStopped);
            Assert.Equal(instrument.IsAdministrative, quote.Administrative);
            Assert.Equal(instrument.Warning, quote.Warning);
            Assert.Equal(instrument.MarginRate, quote.MarginRate);
            Assert.Equal(instrument.CreditAvailable, quote.CreditAvailable);
        }
    }

    [Fact]
    public async Task RawZip_ParsesTheSameAsTheSource()
    {
        var zip = await sim.DownloadAsync("/" + MasterPath + "kosdaq_code.mst.zip");

        using var stream = new MemoryStream(zip);
        var parsed = MasterFileParser.ParseZip(stream, KrxMarket.Kosdaq);

        Assert.Equal((await DownloadAsync(KrxMarket.Kosdaq)).Instruments, parsed.Instruments);
        stream.Position = 0;
        using var archive = new System.IO.Compression.ZipArchive(stream);
        using var reader = new StreamReader(archive.Entries.Single().Open());
        var lines = (await reader.ReadToEndAsync(TestContext.Current.CancellationToken)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(lines.Length, parsed.Instruments.Count); // one instrument per line, none lost
    }

    [Fact]
    public async Task Source_WrongPathOrTooLarge_FailsClearly()
    {
        using (var services = Services(s => s["Kis:MasterFileBaseUrl"] = new Uri(sim.Host.BaseUrl, "nowhere/").ToString()))
        {
            var source = services.GetRequiredService<IMasterFileSource>();
            var error = await Assert.ThrowsAsync<HttpRequestException>(() => source.GetAsync(KrxMarket.Kospi, TestContext.Current.CancellationToken));
            Assert.Contains("nowhere/kospi_code.mst.zip answered 404", error.Message, StringComparison.Ordinal);
        }

        using (var services = Services(s => s["Kis:MasterFileMaxBytes"] = "2048"))
        {
            var source = services.GetRequiredService<IMasterFileSource>();
            var error = await Assert.ThrowsAsync<InvalidDataException>(() => source.GetAsync(KrxMarket.Kosdaq, TestContext.Current.CancellationToken));
            Assert.Contains("Kis:MasterFileMaxBytes (2048 bytes)", error.Message, StringComparison.Ordinal);
        }
    }
}
