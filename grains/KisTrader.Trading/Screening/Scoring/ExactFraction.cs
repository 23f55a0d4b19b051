using System.Numerics;

namespace KisTrader.Trading.Screening.Scoring;

/// <summary>
/// An exact rational number (numerator ÷ positive denominator) over <see cref="BigInteger"/>, built from decimals
/// without loss: the score's weighted sum is computed with it so that no quotient is truncated before the one rounding
/// (strategy.md §3 Conventions). Only what the scorer needs: sum, product, quotient and rounding to decimal places.
/// </summary>
internal readonly record struct ExactFraction
{
    private static readonly BigInteger MaxMantissa = (BigInteger.One << 96) - 1;

    private ExactFraction(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        Numerator = gcd.IsZero || gcd.IsOne ? numerator : numerator / gcd;
        Denominator = gcd.IsZero || gcd.IsOne ? denominator : denominator / gcd;
    }

    public static ExactFraction Zero { get; } = new(BigInteger.Zero, BigInteger.One);

    /// <summary>The numerator (carries the sign).</summary>
    public BigInteger Numerator { get; }

    /// <summary>The denominator (positive).</summary>
    public BigInteger Denominator { get; }

    /// <summary>The decimal exactly: its 96-bit mantissa over 10^scale.</summary>
    public static ExactFraction Of(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;
        return new(bits[3] < 0 ? -mantissa : mantissa, BigInteger.Pow(10, scale));
    }

    public static ExactFraction operator +(ExactFraction a, ExactFraction b) =>
        new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static ExactFraction operator *(ExactFraction a, ExactFraction b) =>
        new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static ExactFraction operator /(ExactFraction a, ExactFraction b) => b.Numerator.IsZero
        ? throw new DivideByZeroException("An exact fraction divided by zero.")
        : new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    /// <summary>Rounded once to <paramref name="decimals"/> places, half away from zero (0.005 → 0.01, −0.005 → −0.01).</summary>
    public decimal RoundAwayFromZero(int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 28);
        var scaled = BigInteger.Abs(Numerator) * BigInteger.Pow(10, decimals);
        var quotient = BigInteger.DivRem(scaled, Denominator, out var remainder);
        if (remainder * 2 >= Denominator)
        {
            quotient += 1;
        }

        if (quotient > MaxMantissa)
        {
            throw new OverflowException($"{Numerator}/{Denominator} rounded to {decimals} places does not fit a decimal.");
        }

        // The mantissa over 10^decimals, so that the result always carries exactly that many places (0.01, 50.00).
        var lo = (int)(uint)(quotient & uint.MaxValue);
        var mid = (int)(uint)((quotient >> 32) & uint.MaxValue);
        var hi = (int)(uint)(quotient >> 64);
        return new decimal(lo, mid, hi, Numerator.Sign < 0 && !quotient.IsZero, (byte)decimals);
    }
}
