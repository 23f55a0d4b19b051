namespace KisTrader.Silo.Hosting;

/// <summary>What <see cref="SiloHostingExtensions.AddKisTraderSilo"/> chose for the trading grains, for the start-up report.</summary>
/// <param name="RandomTokenKey">The token-encryption key is random for this run (simulator mode without a configured key).</param>
/// <param name="JournalInMemory">The trading journal is kept in memory (simulator mode without a database).</param>
internal sealed record SiloTradingWiring(bool RandomTokenKey, bool JournalInMemory);
