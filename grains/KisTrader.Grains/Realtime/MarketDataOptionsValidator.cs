using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Realtime;

/// <summary>Validates <see cref="MarketDataOptions"/> from its data annotations (source-generated; messages name the setting).</summary>
[OptionsValidator]
internal sealed partial class MarketDataOptionsValidator : IValidateOptions<MarketDataOptions>
{
}
