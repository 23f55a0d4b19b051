using System.Collections.Immutable;

namespace KisTrader.GrainInterfaces;

/// <summary>An account as the broker reported it at <see cref="RefreshedAt"/> (won).</summary>
/// <param name="RefreshedAt">When the answers arrived (the silo's clock).</param>
/// <param name="Deposit">D+0 예수금 (dnca_tot_amt).</param>
/// <param name="NextDayCash">D+1 (nxdy_excc_amt).</param>
/// <param name="SettledCash">D+2 (prvs_rcdl_excc_amt): the cash to budget new buys with.</param>
/// <param name="OrderableCash">주문가능현금 (inquire-psbl-order ord_psbl_cash).</param>
/// <param name="SecuritiesValue">유가평가금액.</param>
/// <param name="TotalValue">총평가금액.</param>
/// <param name="NetAssets">순자산금액.</param>
/// <param name="ProfitLossTotal">평가손익합계 (signed).</param>
/// <param name="Holdings">Holdings, including ones sold today (quantity 0 until settlement).</param>
[GenerateSerializer, Immutable, Alias("KisTrader.AccountSnapshot")]
public sealed record AccountSnapshot(
    [property: Id(0)] DateTimeOffset RefreshedAt,
    [property: Id(1)] decimal Deposit,
    [property: Id(2)] decimal NextDayCash,
    [property: Id(3)] decimal SettledCash,
    [property: Id(4)] decimal OrderableCash,
    [property: Id(5)] decimal SecuritiesValue,
    [property: Id(6)] decimal TotalValue,
    [property: Id(7)] decimal NetAssets,
    [property: Id(8)] decimal ProfitLossTotal,
    [property: Id(9)] ImmutableArray<AccountHolding> Holdings);
