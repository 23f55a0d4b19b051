using KisTrader.Kis.Auth;
using KisTrader.Kis.Configuration;
using KisTrader.Kis.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Tests.Configuration;

/// <summary>Options are validated at start with messages naming the setting, and never print a secret.</summary>
public sealed class KisOptionsTests
{
    private const string Key = "PSabcdefghijklmnopqrstuvwxyz0123456789";
    private const string Secret = "SECRETabcdefghijklmnopqrstuvwxyz0123456789";

    private static Dictionary<string, string?> Valid() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["Kis:Environment"] = "Real",
        ["Kis:AppKey"] = Key,
        ["Kis:AppSecret"] = Secret,
        ["Kis:AccountNumber"] = "12345678",
    };

    /// <summary>Starts a host and returns the validation failures (the WebSocket options, which read Kis, fail with it).</summary>
    private static async Task<ValidationFailure> StartFailsAsync(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddKisClient(builder.Configuration);
        using var host = builder.Build();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync(TestContext.Current.CancellationToken));
        var validation = error is AggregateException aggregate ? aggregate.Flatten().InnerExceptions.OfType<OptionsValidationException>().ToList() : [Assert.IsType<OptionsValidationException>(error)];
        Assert.NotEmpty(validation);
        return new ValidationFailure([.. validation.SelectMany(v => v.Failures)], error.ToString());
    }

    private sealed record ValidationFailure(IReadOnlyList<string> Failures, string Message);

    [Theory]
    [InlineData("Kis:RateLimit:RequestsPerSecond", "0", "Kis:RateLimit:RequestsPerSecond must be between 1 and 100")]
    [InlineData("Kis:RateLimit:RequestsPerSecond", "101", "Kis:RateLimit:RequestsPerSecond must be between 1 and 100")]
    [InlineData("Kis:AccountNumber", "1234", "Kis:AccountNumber must be 8 digits")]
    [InlineData("Kis:AccountProductCode", "1", "Kis:AccountProductCode must be 2 digits")]
    [InlineData("Kis:AppKey", "", "Kis:AppKey is required (environment variable Kis__AppKey or user-secrets; never in appsettings)")]
    [InlineData("Kis:AppSecret", "", "Kis:AppSecret is required")]
    [InlineData("Kis:Environment", "", "Kis:Environment is required")]
    [InlineData("Kis:Resilience:QueryTimeout", "00:00:00.001", "Kis:Resilience:QueryTimeout must be between")]
    [InlineData("Kis:Resilience:QueryRetries", "11", "Kis:Resilience:QueryRetries must be between 0 and 10")]
    [InlineData("Kis:Auth:TokenStore", "File", "Kis:Auth:TokenDirectory is required when Kis:Auth:TokenStore is File")]
    [InlineData("Kis:RestBaseUrl", "ftp://example.com", "Kis:RestBaseUrl must be an absolute http or https URL")]
    [InlineData("Kis:MarketData:Environment", "Real", "Kis:MarketData:AppKey is required (environment variable Kis__MarketData__AppKey")]
    [InlineData("Kis:Resilience:QueryTimeout", "00:06:00", "Kis:Resilience:QueryTimeout must be between 00:00:00.050 and 00:05:00.")]
    [InlineData("Kis:Resilience:OrderTimeout", "00:00:01", "Kis:Resilience:OrderTimeout must be at least half of Kis:Resilience:QueryTimeout")]
    [InlineData("Kis:MarketData:RateLimit:RequestsPerSecond", "0", "Kis:MarketData:RateLimit:RequestsPerSecond must be between 1 and 100")]
    [InlineData("Kis:WebSocketBaseUrl", "http://127.0.0.1:21000", "Kis:WebSocketBaseUrl must be an absolute ws or wss URL")]
    [InlineData("Kis:Auth:RenewBeforeExpiry", "13:00:00", "Kis:Auth:RenewBeforeExpiry must be between 00:00:00 and 12:00:00.")]
    public async Task InvalidSetting_StopsTheHost_WithAMessageNamingIt(string key, string value, string expected)
    {
        var settings = Valid();
        settings[key] = value;

        var error = await StartFailsAsync(settings);

        Assert.Contains(error.Failures, f => f.Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecretInAnAppsettingsFile_StopsTheHost_NamingTheSettingAndTheFile_ButUserSecretsAreAllowed()
    {
        var directory = Directory.CreateTempSubdirectory("kis-secret-source-").FullName;
        try
        {
            var appsettings = Path.Combine(directory, "appsettings.json");
            await File.WriteAllTextAsync(appsettings, $$"""{ "Kis": { "AppSecret": "{{Secret}}" } }""", TestContext.Current.CancellationToken);
            var secrets = Path.Combine(directory, "secrets.json");
            await File.WriteAllTextAsync(secrets, $$"""{ "Kis": { "AppKey": "{{Key}}" } }""", TestContext.Current.CancellationToken);

            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            builder.Configuration.AddInMemoryCollection(Valid());
            builder.Configuration.AddJsonFile(appsettings).AddJsonFile(secrets);
            builder.Services.AddKisClient(builder.Configuration);
            using var host = builder.Build();
            var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync(TestContext.Current.CancellationToken));
            var failures = (error is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [error])
                .OfType<OptionsValidationException>().SelectMany(v => v.Failures).ToList();

            Assert.Contains(failures, f => f.StartsWith("Kis:AppSecret must not be set in the configuration file 'appsettings.json'", StringComparison.Ordinal));
            Assert.DoesNotContain(failures, f => f.StartsWith("Kis:AppKey", StringComparison.Ordinal));
            Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task SimulatorEnvironment_NeedsItsUrls()
    {
        var settings = Valid();
        settings["Kis:Environment"] = "Simulator";

        var error = await StartFailsAsync(settings);

        Assert.Contains(error.Failures, f => f.StartsWith("Kis:RestBaseUrl is required for the Simulator environment", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Kis:WebSocketBaseUrl is required for the Simulator environment", StringComparison.Ordinal));
    }

    [Fact]
    public void Defaults_FollowTheEnvironment()
    {
        var real = new KisOptions { Environment = KisEnvironment.Real };
        var paper = new KisOptions { Environment = KisEnvironment.Paper };

        Assert.Equal(new Uri("https://openapi.koreainvestment.com:9443"), real.EffectiveRestBaseUrl);
        Assert.Equal(new Uri("ws://ops.koreainvestment.com:21000"), real.EffectiveWebSocketBaseUrl);
        Assert.Equal(new Uri("https://openapivts.koreainvestment.com:29443"), paper.EffectiveRestBaseUrl);
        Assert.Equal(new Uri("ws://ops.koreainvestment.com:31000"), paper.EffectiveWebSocketBaseUrl);
        Assert.Equal(18, real.RateLimit.EffectiveRequestsPerSecond(KisEnvironment.Real));
        Assert.Equal(1, paper.RateLimit.EffectiveRequestsPerSecond(KisEnvironment.Paper));
        Assert.Null(new KisOptions { Environment = KisEnvironment.Simulator }.EffectiveRestBaseUrl);
    }

    [Fact]
    public void ToString_MasksEverySecret()
    {
        var options = new KisOptions
        {
            Environment = KisEnvironment.Paper,
            AppKey = Key,
            AppSecret = Secret,
            AccountNumber = "12345678",
            MarketData = new KisMarketDataOptions { Environment = KisEnvironment.Real, AppKey = Key + "MD", AppSecret = Secret + "MD" },
        };
        var token = new KisStoredToken("eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.secret-token-body", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

        var text = options + " " + token;

        Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("12345678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token-body", text, StringComparison.Ordinal);
        Assert.Contains("AppKey = PSab****", text, StringComparison.Ordinal);
        Assert.Contains("AccountNumber = 1234****", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidOptions_Resolve_AndTheWebSocketSettingsFollowKis()
    {
        var settings = Valid();
        settings["Kis:Environment"] = "Paper";
        settings["Kis:HtsId"] = "myhts";
        settings["Kis:CustomerType"] = "Corporate";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddKisClient(configuration).BuildServiceProvider();

        var ws = services.GetRequiredService<IOptions<KisTrader.Kis.WebSocket.KisWebSocketOptions>>().Value;

        Assert.Equal(new Uri("ws://ops.koreainvestment.com:31000"), ws.BaseUrl);
        Assert.Equal(("myhts", "B", true), (ws.HtsId, ws.CustomerType, ws.PaperTrading));
        Assert.NotNull(services.GetRequiredService<KisTrader.Kis.Client.IKisTrading>());
    }
}
