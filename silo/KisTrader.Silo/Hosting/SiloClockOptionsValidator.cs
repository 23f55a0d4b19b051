using Microsoft.Extensions.Options;

namespace KisTrader.Silo.Hosting;

/// <summary>Validates <see cref="SiloClockOptions"/> alone (source-generated), for <see cref="SiloClockOptions.Load"/>.</summary>
[OptionsValidator]
internal sealed partial class SiloClockOptionsValidator : IValidateOptions<SiloClockOptions>
{
}
