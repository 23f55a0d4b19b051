namespace KisTrader.Silo.Tests.Scenarios;

/// <summary>
/// The two runs of <see cref="BrokerFaultTests"/>, multi-process (<see cref="BrokerFaultRun"/>): scenario A fault-free and
/// under <see cref="BrokerFaultSchedule"/>, side by side (each its own simulator, silo and database, so the simulator's
/// metrics are each run's own) to keep the pair's wall time to about one run's. A failure of one stops the other.
/// </summary>
public sealed class BrokerFaultFixture : IAsyncLifetime
{
    private BrokerFaultRun? _clean;
    private BrokerFaultRun? _faulted;

    internal BrokerFaultRun Clean => _clean ?? throw new InvalidOperationException("fixture not initialised");

    internal BrokerFaultRun Faulted => _faulted ?? throw new InvalidOperationException("fixture not initialised");

    public async ValueTask InitializeAsync()
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var clean = RunAsync(false, stop);
        var faulted = RunAsync(true, stop);
        try
        {
            await Task.WhenAll(clean, faulted);
        }
        catch
        {
            foreach (var done in new[] { clean, faulted }.Where(t => t.IsCompletedSuccessfully))
            {
                await done.Result.DisposeAsync();
            }

            throw;
        }

        (_clean, _faulted) = (clean.Result, faulted.Result);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var run in new[] { _faulted, _clean })
        {
            if (run is not null)
            {
                await run.DisposeAsync();
            }
        }
    }

    private static async Task<BrokerFaultRun> RunAsync(bool faulted, CancellationTokenSource stop)
    {
        try
        {
            return await BrokerFaultRun.RunAsync(faulted, stop.Token);
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }
    }
}
