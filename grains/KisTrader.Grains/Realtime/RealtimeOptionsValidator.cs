using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Realtime;

/// <summary>The data annotations of <see cref="RealtimeOptions"/>, checked by the built-in source generator.</summary>
[OptionsValidator]
internal sealed partial class RealtimeOptionsValidator : IValidateOptions<RealtimeOptions>;
