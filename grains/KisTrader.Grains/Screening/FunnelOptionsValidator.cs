using KisTrader.Kis.Configuration;
using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Screening;

/// <summary>Validates <see cref="FunnelOptions"/> from its data annotations (source-generated; messages name the setting).</summary>
[OptionsValidator]
public sealed partial class FunnelOptionsValidator : IValidateOptions<FunnelOptions>
{
    /// <summary>Throws <see cref="OptionsValidationException"/> naming every failing setting when <paramref name="options"/> is invalid.</summary>
    public static void ThrowIfInvalid(FunnelOptions options) =>
        new SectionOptionsValidator<FunnelOptions>(FunnelOptions.Section, new FunnelOptionsValidator()).ThrowIfInvalid(options);
}
