namespace KisTrader.Silo.Tests.Scenarios;

/// <summary>The fault-free side of <see cref="BrokerFaultTests"/>: scenario A as <see cref="BrokerFaultRunFixture"/> runs it.</summary>
public sealed class BrokerFaultFreeFixture : BrokerFaultRunFixture;
