using System.Text.Json.Serialization;

namespace KisTrader.GrainInterfaces;

/// <summary>A fresh balance and orderable-cash snapshot of an account (won).</summary>
/// <param name="AccountRef">The masked account (1234****-01), never the number.</param>
/// <param name="RefreshedAt">When the broker's answers arrived.</param>
/// <param name="SettledCash">D+2 cash.</param>
/// <param name="OrderableCash">주문가능현금.</param>
/// <param name="TotalValue">총평가금액.</param>
/// <param name="Holdings">How many holdings the balance listed.</param>
[GenerateSerializer, Immutable, Alias("KisTrader.AccountSnapshotTaken")]
public sealed record AccountSnapshotTaken(
    [property: Id(0)] string AccountRef,
    [property: Id(1)] DateTimeOffset RefreshedAt,
    [property: Id(2)] decimal SettledCash,
    [property: Id(3)] decimal OrderableCash,
    [property: Id(4)] decimal TotalValue,
    [property: Id(5)] int Holdings) : TradingEventPayload
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override TradingEventCategory Category => TradingEventCategory.Account;

    /// <inheritdoc/>
    [JsonIgnore]
    public override string Subject => AccountRef;
}
