using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Gateway;

/// <summary>Validates <see cref="GatewayOptions"/> from its data annotations (source-generated).</summary>
[OptionsValidator]
internal sealed partial class GatewayOptionsValidator : IValidateOptions<GatewayOptions>
{
}
