using KisTrader.Trading.Risk;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Risk;

/// <summary>Validates <see cref="RiskOptions"/>: its data annotations and its rules (source-generated).</summary>
[OptionsValidator]
internal sealed partial class RiskOptionsValidator : IValidateOptions<RiskOptions>
{
}
