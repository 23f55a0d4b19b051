using Microsoft.Extensions.Options;

namespace KisTrader.Kis.WebSocket;

/// <summary>Validates <see cref="KisWebSocketOptions"/>: its data annotations and its rule between settings (source-generated).</summary>
[OptionsValidator]
internal sealed partial class KisWebSocketOptionsValidator : IValidateOptions<KisWebSocketOptions>
{
}
