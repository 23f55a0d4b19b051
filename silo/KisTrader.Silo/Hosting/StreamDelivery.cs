namespace KisTrader.Silo.Hosting;

/// <summary>
/// How the silo's memory streams (<see cref="GrainInterfaces.ProviderNames.Streams"/>: events, ticks, fills) deliver.
/// A pulling agent reads its queue every <see cref="PollPeriod"/> and then drains it: an event waits up to one period
/// before anything is delivered. Orleans' default, 100 ms, alone spent the whole "a signal reaches the clients within
/// 100 ms" budget (signalr-fanout measured the stream stage at p50 ≈ 70–80 ms on a loaded machine); 10 ms bounds the
/// wait at 10 ms for about 800 local dequeue calls a second while idle (8 queues; not measured on their own: the whole
/// one-process host with 1,000 clients at 1 alert/s used 0.1–0.2 of a core in signalr-fanout).
/// </summary>
public static class StreamDelivery
{
    /// <summary>The pulling agents' read period (Orleans' <c>GetQueueMsgsTimerPeriod</c>, default 100 ms).</summary>
    public static readonly TimeSpan PollPeriod = TimeSpan.FromMilliseconds(10);

    /// <summary>Adds the memory streams provider <paramref name="name"/> with <see cref="PollPeriod"/>.</summary>
    public static ISiloBuilder AddKisTraderMemoryStreams(this ISiloBuilder silo, string name)
    {
        ArgumentNullException.ThrowIfNull(silo);
        return silo.AddMemoryStreams(name, b => b.ConfigurePullingAgent(o => o.Configure(a => a.GetQueueMsgsTimerPeriod = PollPeriod)));
    }
}
