using KisTrader.Trading.Screening.Conditions;

namespace KisTrader.Trading.Screening.Scoring;

/// <summary>
/// The score of strategy.md §3. Sub-scores are measured from the <em>base</em> thresholds whatever level the symbol
/// passed at, so scores are comparable across levels: a relax-level passer below a base threshold scores 0 there.
/// <para>
/// Arithmetic (strategy.md §3 Conventions): the score is computed <em>exactly</em> — score = 100 × Σ w_c·a_c ÷ (F_c − T_c)
/// ÷ Σ w_c with a_c = clamp(v − T, 0, F − T), summed as exact fractions (<see cref="ExactFraction"/>), never a truncated
/// decimal quotient — and then rounded once to 2 decimals, half away from zero. So a score exactly on a midpoint (only
/// C4 = 110.03 above base: 15 × 0.03 ÷ 90 = 0.005) rounds to 0.01, not to the 0.00 that the decimal quotient
/// 0.004999… would give. Ranking and ties use the rounded score. The reported sub-scores s_c are the same quotients in
/// full decimal precision (28 digits, for display; the score does not sum them).
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
        var weighted = ExactFraction.Zero;
        foreach (var id in ConditionIds.All)
        {
            if (_weights[id] == 0)
            {
                continue;
            }

            var span = _fullMarks[id] - _base[id];
            var above = values[id] - _base[id];
            var clamped = above <= 0 ? 0m : above >= span ? span : above;
            weighted += ExactFraction.Of(_weights[id]) * ExactFraction.Of(clamped) / ExactFraction.Of(span);
        }

        var score = ExactFraction.Of(100m) * weighted / ExactFraction.Of(_weightSum);
        return new ScoreCard(subScores, score.RoundAwayFromZero(2));
    }
}
