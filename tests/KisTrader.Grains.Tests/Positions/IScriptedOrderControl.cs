namespace KisTrader.Grains.Tests.Positions;

/// <summary>The test's handle on a <see cref="ScriptedOrderGrain"/>: a fill arriving later (e.g. during the after-hours session).</summary>
[Alias("KisTrader.Tests.IScriptedOrderControl")]
public interface IScriptedOrderControl : IGrainWithStringKey
{
    /// <summary>Adds a fill with this key and tells the owner (like a 체결통보), or just tells the owner again when the key is known.</summary>
    [Alias("Fill")]
    Task FillAsync(string fillKey, long quantity, decimal price);
}
