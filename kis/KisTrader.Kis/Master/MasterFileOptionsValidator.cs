using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Master;

/// <summary>Checks what data annotations cannot: the base URL is an absolute http(s) URL.</summary>
internal sealed class MasterFileOptionsValidator : IValidateOptions<MasterFileOptions>
{
    public ValidateOptionsResult Validate(string? name, MasterFileOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Uri.TryCreate(options.MasterFileBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Kis:MasterFileBaseUrl must be an absolute http or https URL.");
    }
}
