namespace KisTrader.Kis.Tests.Infrastructure;

/// <summary>One <see cref="SimHost"/> shared by the tests of a class (each test uses its own app key).</summary>
public sealed class SimFixture : IAsyncLifetime
{
    private SimHost? _sim;

    public SimHost Sim => _sim ?? throw new InvalidOperationException("The simulator has not started.");

    public async ValueTask InitializeAsync() => _sim = await SimHost.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_sim is not null)
        {
            await _sim.DisposeAsync();
        }
    }
}
