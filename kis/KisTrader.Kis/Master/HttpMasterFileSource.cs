using KisTrader.Kis.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Master;

/// <summary>
/// <see cref="IMasterFileSource"/> over HTTP from <c>Kis:MasterFileBaseUrl</c> (no KIS headers: the download host is
/// public). Register with <see cref="MasterFileServiceCollectionExtensions.AddKisMasterFiles"/>.
/// </summary>
public sealed partial class HttpMasterFileSource : IMasterFileSource
{
    private readonly HttpClient _http;
    private readonly MasterFileOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<HttpMasterFileSource> _logger;

    public HttpMasterFileSource(HttpClient http, IOptions<MasterFileOptions> options, [FromKeyedServices(KisTimeProviders.Transport)] TimeProvider clock, ILogger<HttpMasterFileSource> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(logger);
        _http = http;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>The URL of a market's zip under the configured base URL.</summary>
    public Uri UrlOf(KrxMarket market)
    {
        var baseUrl = _options.MasterFileBaseUrl.EndsWith('/') ? _options.MasterFileBaseUrl : _options.MasterFileBaseUrl + "/";
        return new Uri(new Uri(baseUrl, UriKind.Absolute), MasterFileLayout.For(market).FileName + ".zip");
    }

    public async Task<MasterFile> GetAsync(KrxMarket market, CancellationToken cancellationToken)
    {
        var url = UrlOf(market);
        using var timeout = new CancellationTokenSource(_options.MasterFileTimeout, _clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var buffer = new MemoryStream();
        try
        {
            using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"Master file {url} answered {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
            }

            if (response.Content.Headers.ContentLength > _options.MasterFileMaxBytes)
            {
                throw TooLarge(url);
            }

            var content = await response.Content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false);
            await using (content.ConfigureAwait(false))
            {
                await CopyBoundedAsync(content, buffer, url, linked.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Master file {url} did not download within Kis:MasterFileTimeout ({_options.MasterFileTimeout}).");
        }

        buffer.Position = 0;
        var file = MasterFileParser.ParseZip(buffer, market);
        LogDownloaded(_logger, market, file.Instruments.Count, buffer.Length);
        foreach (var bad in file.Malformed.Take(20))
        {
            LogMalformed(_logger, market, bad.LineNumber, bad.Symbol ?? "?", bad.Reason);
        }

        return file;
    }

    private async Task CopyBoundedAsync(Stream source, MemoryStream target, Uri url, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (target.Length + read > _options.MasterFileMaxBytes)
            {
                throw TooLarge(url);
            }

            target.Write(chunk, 0, read);
        }
    }

    private InvalidDataException TooLarge(Uri url) => new($"Master file {url} is larger than Kis:MasterFileMaxBytes ({_options.MasterFileMaxBytes} bytes).");

    [LoggerMessage(EventId = 4601, Level = LogLevel.Information, Message = "Master file {Market}: {Count} instruments ({Bytes} bytes zipped)")]
    private static partial void LogDownloaded(ILogger logger, KrxMarket market, int count, long bytes);

    [LoggerMessage(EventId = 4602, Level = LogLevel.Warning, Message = "Master file {Market}: line {Line} ({Symbol}) skipped: {Reason}")]
    private static partial void LogMalformed(ILogger logger, KrxMarket market, int line, string symbol, string reason);
}
