using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Scheduling;

/// <summary>Validates <see cref="ScheduleOptions"/>: its data annotations and its rule between settings (source-generated).</summary>
[OptionsValidator]
internal sealed partial class ScheduleOptionsValidator : IValidateOptions<ScheduleOptions>
{
}
