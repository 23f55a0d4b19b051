namespace KisTrader.Silo.Simulation;

/// <summary>What the one-process run prints first.</summary>
public sealed record SimulationHeader(
    string Mode,
    DateTimeOffset ClockStart,
    decimal Speed,
    DateOnly TradingDay,
    DateTimeOffset Close,
    Uri SimulatorUrl,
    int Seed,
    int Listings,
    int RequestsPerSecond,
    string GrainStorage,
    string Reminders,
    string Journal,
    string ClusterId,
    int SiloPort,
    int GatewayPort);
