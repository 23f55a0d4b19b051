namespace KisTrader.Silo.Tests.Simulation;

/// <summary>The default run as the README starts it: no database (memory storage, reminders and journal).</summary>
public sealed class MemorySimulationRunFixture : SimulationRunFixture
{
    protected override Task<IReadOnlyDictionary<string, string?>> SettingsAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>());
}
