using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Kis;

/// <summary>Validates <see cref="KisClusterOptions"/>: its data annotations and its rules between settings (source-generated).</summary>
[OptionsValidator]
internal sealed partial class KisClusterOptionsValidator : IValidateOptions<KisClusterOptions>
{
}
