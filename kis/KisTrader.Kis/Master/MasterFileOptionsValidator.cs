using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Master;

/// <summary>Validates <see cref="MasterFileOptions"/> from its data annotations (source-generated).</summary>
[OptionsValidator]
internal sealed partial class MasterFileOptionsValidator : IValidateOptions<MasterFileOptions>
{
}
