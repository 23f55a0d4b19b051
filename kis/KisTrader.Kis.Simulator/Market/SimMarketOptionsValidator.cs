using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Market;

/// <summary>Validates <see cref="SimMarketOptions"/> from its data annotations (source-generated).</summary>
[OptionsValidator]
internal sealed partial class SimMarketOptionsValidator : IValidateOptions<SimMarketOptions>
{
}
