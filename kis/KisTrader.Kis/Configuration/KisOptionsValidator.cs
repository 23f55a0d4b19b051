using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Configuration;

/// <summary>
/// Validates <see cref="KisOptions"/> at start (source-generated): the data annotations of every nested section plus
/// the rules between settings. Registered through <see cref="SectionOptionsValidator{TOptions}"/>, every message names
/// the setting, e.g. "Kis:RateLimit:RequestsPerSecond must be between 1 and 100." Messages never contain a secret value.
/// </summary>
[OptionsValidator]
public sealed partial class KisOptionsValidator : IValidateOptions<KisOptions>
{
}
