using KisTrader.Trading.Screening.Conditions;
using KisTrader.Trading.Screening.Features;
using KisTrader.Trading.Screening.Scoring;

namespace KisTrader.Trading.Screening;

/// <summary>A base-filter survivor with its features, score and ladder position: the working row of a screen.</summary>
internal sealed record ScreenedSymbol(
    string Code,
    string Name,
    Market.Market Market,
    decimal Close,
    decimal PreviousClose,
    decimal DayTradingValue,
    SymbolFeatures Features,
    ScoreCard? Score,
    LadderPosition Position)
{
    /// <summary>Rank order of §3: score descending, day trading value descending, code ascending (ordinal).</summary>
    public static int CompareRank(ScreenedSymbol a, ScreenedSymbol b)
    {
        var byScore = (b.Score?.Score ?? 0m).CompareTo(a.Score?.Score ?? 0m);
        if (byScore != 0)
        {
            return byScore;
        }

        var byValue = b.DayTradingValue.CompareTo(a.DayTradingValue);
        return byValue != 0 ? byValue : string.CompareOrdinal(a.Code, b.Code);
    }

    public bool PassesAt(ScreeningLevel level) => Position.Strictest is { } s && s <= level;
}
