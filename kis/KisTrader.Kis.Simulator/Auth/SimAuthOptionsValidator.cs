using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Auth;

/// <summary>Validates <see cref="SimAuthOptions"/> from its data annotations (source-generated).</summary>
[OptionsValidator]
internal sealed partial class SimAuthOptionsValidator : IValidateOptions<SimAuthOptions>
{
}
