using KisTrader.Silo.Hosting;
using KisTrader.Silo.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace KisTrader.Silo.Commands;

/// <summary>
/// Builds the <c>silo</c> command's host: a console host, or a web host (Kestrel) when the dashboard or the metrics endpoint (<see cref="SiloTelemetryOptions.MetricsPort"/>) is enabled, with
/// <see cref="SiloHostingExtensions.AddKisTraderSilo"/>. Configuration: appsettings.json beside the executable,
/// appsettings.{Environment}.json, environment variables, the command line, then the overrides; <c>configure</c> adds to the
/// builder last (tests: a log capture).
/// </summary>
internal static class SiloHost
{
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A setting is invalid.</exception>
    public static IHost Build(string[] args, IEnumerable<KeyValuePair<string, string?>>? overrides = null, Action<IHostApplicationBuilder>? configure = null)
    {
        var console = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        Override(console.Configuration, overrides);
        var dashboard = bool.TryParse(console.Configuration[$"{SiloDashboardOptions.Section}:{nameof(SiloDashboardOptions.Enabled)}"], out var enabled) && enabled;
        if (!dashboard && !SiloTelemetry.ServesMetrics(console.Configuration))
        {
            console.AddSiloTelemetry(console.AddKisTraderSilo());
            configure?.Invoke(console);
            return console.Build();
        }

        // The console builder only told which kind of host to build; its configuration watches appsettings files.
        ((IDisposable)console.Configuration).Dispose();
        var web = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        Override(web.Configuration, overrides);
        var options = web.AddKisTraderSilo();
        web.AddSiloTelemetry(options);
        web.WebHost.UseUrls([.. new[] { options.Dashboard.Enabled ? options.Dashboard.Url : null, options.Telemetry.MetricsUrl?.ToString() }.OfType<string>()]);
        configure?.Invoke(web);
        var app = web.Build();
        app.MapKisTraderDashboard();
        app.MapSiloMetrics(options);
        return app;
    }

    private static void Override(IConfigurationBuilder configuration, IEnumerable<KeyValuePair<string, string?>>? overrides)
    {
        if (overrides is not null)
        {
            configuration.AddInMemoryCollection(overrides);
        }
    }
}
