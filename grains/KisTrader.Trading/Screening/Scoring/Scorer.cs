using KisTrader.Trading.Screening.Conditions;

namespace KisTrader.Trading.Screening.Scoring;

/// <summary>
/// The score of strategy.md §3. Sub-scores are measured from the <em>base</em> thresholds whatever level the symbol
/// passed at, so scores are comparable across levels: a relax-level passer below a base threshold scores 0 there.
/// <para>
/// Arithmetic: s_c = clamp((v − T) ÷ (F − T), 0, 1) in full decimal precision (not rounded);
/// score = Math.Round(100 × Σ(w_c × s_c) ÷ Σ w_c, 2, MidpointRounding.AwayFromZero). Ranking uses the rounded score.
/// </para>
/// </summary>
public sealed class Scorer
{
    private readonly ConditionVector _base;
    private readonly ConditionVector _fullMarks;
    private readonly ConditionVector _weights;
    private readonly decimal _weightSum;

    /// <summary>A scorer from explicit vectors (validated options guarantee F &gt; T and Σw &gt; 0).</summary>
    public Scorer(ConditionVector baseThresholds, ConditionVector fullMarks, ConditionVector weights)
    {
        decimal weightSum = 0;
        foreach (var id in ConditionIds.All)
        {
            if (fullMarks[id] <= baseThresholds[id])
            {
                throw new ArgumentException($"{id.Label()}: full mark {fullMarks[id]} must exceed the base threshold {baseThresholds[id]}.", nameof(fullMarks));
            }

            if (weights[id] < 0)
            {
                throw new ArgumentException($"{id.Label()}: weight {weights[id]} is negative.", nameof(weights));
            }

            weightSum += weights[id];
        }

        if (weightSum <= 0)
        {
            throw new ArgumentException("The weights must not all be zero.", nameof(weights));
        }

        _base = baseThresholds;
        _fullMarks = fullMarks;
        _weights = weights;
        _weightSum = weightSum;
    }

    /// <summary>A scorer from the conditions options.</summary>
    public Scorer(ConditionsOptions options)
        : this(
            (options ?? throw new ArgumentNullException(nameof(options))).ThresholdsAt(ScreeningLevel.Base),
            options.FullMarks(),
            options.Weights())
    {
    }

    /// <summary>The sub-score of one condition.</summary>
    public decimal SubScore(ConditionId id, decimal value)
    {
        var s = (value - _base[id]) / (_fullMarks[id] - _base[id]);
        return s <= 0 ? 0 : s >= 1 ? 1 : s;
    }

    /// <summary>The sub-scores and the score of six values.</summary>
    public ScoreCard Score(ConditionVector values)
    {
        var subScores = ConditionVector.From(id => SubScore(id, values[id]));
        decimal weighted = 0;
        foreach (var id in ConditionIds.All)
        {
            weighted += _weights[id] * subScores[id];
        }

        return new ScoreCard(subScores, Math.Round(100m * weighted / _weightSum, 2, MidpointRounding.AwayFromZero));
    }
}
