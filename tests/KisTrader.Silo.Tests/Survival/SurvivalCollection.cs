namespace KisTrader.Silo.Tests.Survival;

/// <summary>
/// The multi-process survival runs one after another (each starts a simulator and two silos): together with the rest
/// of the suite running in parallel they would starve each other's processes on a 2-core machine.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SurvivalCollection
{
    public const string Name = "Survival (multi-process)";
}
