using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Accounts;

/// <summary>Validates <see cref="SimAccountsOptions"/> from its data annotations (source-generated).</summary>
[OptionsValidator]
internal sealed partial class SimAccountsOptionsValidator : IValidateOptions<SimAccountsOptions>
{
}
