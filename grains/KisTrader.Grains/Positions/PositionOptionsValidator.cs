using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Positions;

/// <summary>Validates <see cref="PositionOptions"/> from its data annotations (source-generated; messages name the setting).</summary>
[OptionsValidator]
internal sealed partial class PositionOptionsValidator : IValidateOptions<PositionOptions>
{
}
