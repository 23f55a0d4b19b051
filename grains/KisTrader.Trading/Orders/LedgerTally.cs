namespace KisTrader.Trading.Orders;

/// <summary>
/// Per broker order number: how much quantity the polls added as catch-up fills, how much of it later notices have
/// absorbed, and up to which execution instant the last poll vouched for (null when the broker did not say).
/// </summary>
/// <param name="OrderNumber">ODNO.</param>
/// <param name="CatchUpQuantity">Quantity added by catch-up fills.</param>
/// <param name="AbsorbedQuantity">Quantity of later notices recognised as already inside catch-up fills.</param>
/// <param name="CoveredThrough">The broker's last fill time at the last catch-up (infm_tmd), or null when unknown.</param>
public sealed record LedgerTally(string OrderNumber, long CatchUpQuantity, long AbsorbedQuantity, DateTimeOffset? CoveredThrough)
{
    /// <summary>Catch-up quantity no notice has accounted for yet.</summary>
    public long Uncovered => CatchUpQuantity - AbsorbedQuantity;
}
