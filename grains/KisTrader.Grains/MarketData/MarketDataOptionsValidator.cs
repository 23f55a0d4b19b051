using Microsoft.Extensions.Options;

namespace KisTrader.Grains.MarketData;

/// <summary>Validates <see cref="MarketDataOptions"/> from its data annotations (source-generated; messages name the setting).</summary>
[OptionsValidator]
internal sealed partial class MarketDataOptionsValidator : IValidateOptions<MarketDataOptions>
{
}
