using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Gateway;

/// <summary>Validates <see cref="RateLimitOptions"/> from its data annotations (source-generated).</summary>
[OptionsValidator]
internal sealed partial class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
}
