namespace KisTrader.Trading.Market;

/// <summary>The KRX market a listing trades on. Each market has its own index for condition C5.</summary>
public enum Market
{
    Kospi,
    Kosdaq,
}
