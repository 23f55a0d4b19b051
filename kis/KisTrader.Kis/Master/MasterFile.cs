namespace KisTrader.Kis.Master;

/// <summary>A parsed master file: the instruments that were read and the lines that were not.</summary>
/// <param name="Market">The market of the file.</param>
/// <param name="Instruments">Every well-formed line, in file order.</param>
/// <param name="Malformed">Lines skipped, with their reasons (a bad line never stops the rest).</param>
public sealed record MasterFile(KrxMarket Market, IReadOnlyList<Instrument> Instruments, IReadOnlyList<MalformedMasterRow> Malformed)
{
    /// <summary>The instrument with a short code, or null.</summary>
    public Instrument? Find(string symbol) => Instruments.FirstOrDefault(i => string.Equals(i.Symbol, symbol, StringComparison.Ordinal));
}
