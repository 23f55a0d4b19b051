using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Trading;

/// <summary>Validates <see cref="SimTradingOptions"/> from its data annotations (source-generated).</summary>
[OptionsValidator]
internal sealed partial class SimTradingOptionsValidator : IValidateOptions<SimTradingOptions>
{
}
