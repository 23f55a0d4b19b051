using System.Text.Json.Serialization;

namespace KisTrader.GrainInterfaces;

/// <summary>
/// The typed part of a <see cref="TradingEvent"/>. As JSON it carries a <c>type</c> discriminator (the record's name),
/// so a relay can forward it and a front end can switch on it.
/// </summary>
[GenerateSerializer, Alias("KisTrader.TradingEventPayload")]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SessionPhaseChanged), nameof(SessionPhaseChanged))]
[JsonDerivedType(typeof(ScreeningRequested), nameof(ScreeningRequested))]
[JsonDerivedType(typeof(ScreeningFinished), nameof(ScreeningFinished))]
[JsonDerivedType(typeof(AccountSnapshotTaken), nameof(AccountSnapshotTaken))]
[JsonDerivedType(typeof(ScheduleActionTaken), nameof(ScheduleActionTaken))]
[JsonDerivedType(typeof(RateBudgetChanged), nameof(RateBudgetChanged))]
[JsonDerivedType(typeof(KisAuthChanged), nameof(KisAuthChanged))]
[JsonDerivedType(typeof(MarketDataChanged), nameof(MarketDataChanged))]
[JsonDerivedType(typeof(SymbolChanged), nameof(SymbolChanged))]
public abstract record TradingEventPayload;
