namespace KisTrader.Trading.Risk;

/// <summary>What the broker says about the symbol now (inquire-price).</summary>
/// <param name="Price">The current price (stck_prpr); after the close, the day's close (the after-hours band's centre).</param>
/// <param name="PreviousClose">The base price the daily ±30% limits apply to (stck_sdpr, usually the previous close).</param>
/// <param name="Halted">Trading halted (거래정지 or 임시정지).</param>
/// <param name="ViActive">A volatility interruption is in force (vi_cls_code other than "N").</param>
public sealed record RiskQuote(decimal Price, decimal PreviousClose, bool Halted, bool ViActive);
