using Orleans.Serialization;
using Orleans.Storage;

namespace KisTrader.Silo.Hosting;

/// <summary>
/// The stream pub-sub store's serializer: Orleans' own. The plain-JSON serializer of the grain state cannot read back
/// Orleans' <c>PubSubRendezvousGrain</c> state (its publisher records bind only through a constructor), so after a silo
/// died the rendezvous of a stream (<c>ticks/&lt;code&gt;</c>, <c>events/all</c>) failed to re-activate on the survivor
/// and the stream stayed dead there (found by the survival test <c>SiloKillExitDayTests</c>). Rows an earlier version
/// wrote as JSON are still read with the JSON serializer.
/// </summary>
internal sealed class PubSubStorageSerializer(Serializer serializer, IGrainStorageSerializer json) : IGrainStorageSerializer
{
    private readonly OrleansGrainStorageSerializer _orleans = new(serializer);

    public BinaryData Serialize<T>(T? input) => _orleans.Serialize(input);

    public T Deserialize<T>(BinaryData input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var span = input.ToMemory().Span;
        return span.Length > 0 && span[0] == (byte)'{' && span[^1] == (byte)'}' ? json.Deserialize<T>(input)! : _orleans.Deserialize<T>(input)!;
    }
}
