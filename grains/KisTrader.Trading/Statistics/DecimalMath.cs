namespace KisTrader.Trading.Statistics;

/// <summary>Square root in <see cref="decimal"/> (Newton's method), so statistics never pass through double.</summary>
internal static class DecimalMath
{
    private const int MaxIterations = 400;

    /// <summary>√<paramref name="value"/> to within the last digit of decimal precision.</summary>
    public static decimal Sqrt(decimal value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (value == 0)
        {
            return 0;
        }

        // Starting at or above the root, Newton's steps fall monotonically onto it; stop when a step no longer falls.
        var x = value >= 1 ? value : 1m;
        for (var i = 0; i < MaxIterations; i++)
        {
            var next = (x / 2) + (value / x / 2); // halves first: no overflow near decimal.MaxValue
            if (next >= x)
            {
                return x;
            }

            x = next;
        }

        return x;
    }
}
