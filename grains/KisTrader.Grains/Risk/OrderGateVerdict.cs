namespace KisTrader.Grains.Risk;

/// <summary>A gate's answer: allowed, or refused with a machine code (e.g. "price-limit") and the figures behind it.</summary>
/// <param name="Allowed">True when the order may be sent.</param>
/// <param name="Code">The refusing gate's code, or null when allowed.</param>
/// <param name="Detail">The figures that refused it (e.g. "price 10,050 above upper limit 10,000"), or null.</param>
public sealed record OrderGateVerdict(bool Allowed, string? Code, string? Detail)
{
    /// <summary>The one "allowed" answer.</summary>
    public static OrderGateVerdict Allow { get; } = new(true, null, null);

    /// <summary>A refusal.</summary>
    public static OrderGateVerdict Refuse(string code, string detail) => new(false, code, detail);
}
