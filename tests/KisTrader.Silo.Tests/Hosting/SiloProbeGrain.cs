using KisTrader.GrainInterfaces;

namespace KisTrader.Silo.Tests.Hosting;

// Random placement: the two-silo test needs activations on both silos (the default placement favours one).
[Orleans.Placement.RandomPlacement]
internal sealed class SiloProbeGrain(
    [PersistentState("probe", ProviderNames.GrainStorage)] IPersistentState<ProbeState> state,
    ILocalSiloDetails silo) : Grain, ISiloProbeGrain
{
    public async Task<ProbeVisit> VisitAsync()
    {
        state.State.Visits++;
        await state.WriteStateAsync();
        return new ProbeVisit(silo.SiloAddress.Endpoint.Port, state.State.Visits);
    }

    public Task PublishAsync(string streamKey, string message) =>
        this.GetStreamProvider(ProviderNames.Streams)
            .GetStream<string>(StreamId.Create(ProviderNames.EventsNamespace, streamKey))
            .OnNextAsync(message);
}
