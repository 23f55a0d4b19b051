using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.WebSocket;

/// <summary>Validates <see cref="SimWebSocketOptions"/> from its data annotations (source-generated).</summary>
[OptionsValidator]
internal sealed partial class SimWebSocketOptionsValidator : IValidateOptions<SimWebSocketOptions>
{
}
