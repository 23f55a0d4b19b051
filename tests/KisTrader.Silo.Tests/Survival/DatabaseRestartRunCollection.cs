namespace KisTrader.Silo.Tests.Survival;

/// <summary>One database-restart run (<see cref="DatabaseRestartRunFixture"/>) for its tests and the secrets sweep.</summary>
[CollectionDefinition(Name)]
public sealed class DatabaseRestartRunCollection : ICollectionFixture<DatabaseRestartRunFixture>
{
    public const string Name = "database restart run";
}
