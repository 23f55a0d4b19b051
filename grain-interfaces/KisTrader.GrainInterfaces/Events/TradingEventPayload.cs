using System.Text.Json.Serialization;

namespace KisTrader.GrainInterfaces;

/// <summary>
/// The typed part of a <see cref="TradingEvent"/>. As JSON it carries a <c>type</c> discriminator (the record's name),
/// so a relay can forward it and a front end can switch on it. Each payload knows where it belongs
/// (<see cref="Category"/>, <see cref="Subject"/>, <see cref="SessionDate"/>), so a grain publishes it with the payload and
/// the instant only. It carries data, never sentences for people: the front ends word it.
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
[JsonDerivedType(typeof(PositionChanged), nameof(PositionChanged))]
[JsonDerivedType(typeof(OrderChanged), nameof(OrderChanged))]
[JsonDerivedType(typeof(RiskChanged), nameof(RiskChanged))]
[JsonDerivedType(typeof(ReconciliationFinished), nameof(ReconciliationFinished))]
[JsonDerivedType(typeof(AfterHoursChanged), nameof(AfterHoursChanged))]
[JsonDerivedType(typeof(SessionClosed), nameof(SessionClosed))]
[JsonDerivedType(typeof(PortfolioConfigChanged), nameof(PortfolioConfigChanged))]
public abstract record TradingEventPayload
{
    /// <summary>What kind of subject changed (the journal's stream). Derived, never serialized.</summary>
    [JsonIgnore]
    public abstract TradingEventCategory Category { get; }

    /// <summary>Which one (never a secret or a full account number). Derived, never serialized.</summary>
    [JsonIgnore]
    public abstract string Subject { get; }

    /// <summary>The trading session it belongs to, when any. Derived, never serialized.</summary>
    [JsonIgnore]
    public virtual DateOnly? SessionDate => null;
}
