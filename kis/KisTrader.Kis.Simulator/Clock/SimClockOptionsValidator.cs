using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Clock;

/// <summary>Validates <see cref="SimClockOptions"/> from its data annotations (source-generated).</summary>
[OptionsValidator]
internal sealed partial class SimClockOptionsValidator : IValidateOptions<SimClockOptions>
{
}
