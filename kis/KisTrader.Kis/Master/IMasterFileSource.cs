namespace KisTrader.Kis.Master;

/// <summary>Downloads and parses the current master file of a market (the list of all listed instruments).</summary>
public interface IMasterFileSource
{
    /// <summary>Downloads kospi_code.mst.zip or kosdaq_code.mst.zip and parses it.</summary>
    /// <exception cref="HttpRequestException">The download failed (status named in the message).</exception>
    /// <exception cref="InvalidDataException">The file is not a master-file zip or exceeds Kis:MasterFileMaxBytes.</exception>
    Task<MasterFile> GetAsync(KrxMarket market, CancellationToken cancellationToken);
}
