using KisTrader.Kis.Master;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Tests.Master;

/// <summary>Kis:MasterFile* settings are validated with messages that name the setting.</summary>
public sealed class MasterFileOptionsTests
{
    private static MasterFileOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddKisMasterFiles(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<MasterFileOptions>>().Value;
    }

    [Fact]
    public void Defaults_PointAtKisDownloadHost()
    {
        var options = Resolve([]);

        Assert.Equal("https://new.real.download.dws.co.kr/common/master/", options.MasterFileBaseUrl);
        Assert.Equal(TimeSpan.FromMinutes(1), options.MasterFileTimeout);
    }

    [Theory]
    [InlineData("Kis:MasterFileBaseUrl", "not a url", "Kis:MasterFileBaseUrl must be an absolute http or https URL.")]
    [InlineData("Kis:MasterFileBaseUrl", "ftp://example.com/master/", "Kis:MasterFileBaseUrl must be an absolute http or https URL.")]
    [InlineData("Kis:MasterFileTimeout", "00:30:00", "Kis:MasterFileTimeout must be between 00:00:01 and 00:10:00.")]
    [InlineData("Kis:MasterFileMaxBytes", "10", "Kis:MasterFileMaxBytes must be between 1024 and 1073741824.")]
    public void InvalidSetting_IsRefusedByName(string key, string value, string message)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { [key] = value }));

        // Data annotations wrap the message ("DataAnnotation validation failed for ... with the error: '...'"); it is in there verbatim.
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UrlOf_AppendsTheFileNameWithOrWithoutSlash()
    {
        using var http = new HttpClient();
        var source = new HttpMasterFileSource(http, Options.Create(new MasterFileOptions { MasterFileBaseUrl = "http://127.0.0.1:9/common/master" }), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<HttpMasterFileSource>.Instance);

        Assert.Equal("http://127.0.0.1:9/common/master/kosdaq_code.mst.zip", source.UrlOf(KrxMarket.Kosdaq).ToString());
    }
}
