using Microsoft.Extensions.Options;

namespace KisTrader.Silo.Hosting;

/// <summary>
/// Validates <see cref="SiloHostOptions"/> (source-generated): each subsection's data annotations, then the rules between
/// settings (<see cref="SiloHostRules"/>). Run through <c>SectionOptionsValidator</c>, every message starts with the full
/// setting name, e.g. "KisTrader:Cluster:SiloPort must be between 1 and 65535".
/// </summary>
[OptionsValidator]
public sealed partial class SiloHostOptionsValidator : IValidateOptions<SiloHostOptions>
{
}
