using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Configuration;

/// <summary>The one way options are registered: bound to a section, validated by their source-generated validator at start.</summary>
public static class ValidatedOptionsExtensions
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to <paramref name="section"/>, validates it with the source-generated
    /// <typeparamref name="TValidator"/> (messages name the configuration key, see <see cref="SectionOptionsValidator{TOptions}"/>)
    /// and checks it when the host starts (<c>ValidateOnStart</c>). Registering the same options twice adds one validator.
    /// </summary>
    /// <returns>The options builder, for further configuration.</returns>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>, new()
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, SectionOptionsValidator<TOptions>>(
            _ => new SectionOptionsValidator<TOptions>(section, new TValidator())));
        return services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateOnStart();
    }
}
