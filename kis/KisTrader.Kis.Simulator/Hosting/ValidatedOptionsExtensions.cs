using Microsoft.Extensions.Options;

namespace KisTrader.Kis.Simulator.Hosting;

/// <summary>Registration of options bound to a section and validated at start-up by their source-generated validator.</summary>
internal static class ValidatedOptionsExtensions
{
    public static IServiceCollection AddValidatedOptions<T, TValidator>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class
        where TValidator : class, IValidateOptions<T>, new()
    {
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>>(new SectionOptionsValidator<T>(section, new TValidator()));
        return services;
    }
}
