using System.Collections.Immutable;
using KisTrader.Kis.Simulator.Accounts;

namespace KisTrader.Kis.Simulator.Gateway;

/// <summary>
/// Endpoint metadata read by the gateway: the TR IDs the endpoint answers on each domain. An empty paper list means the
/// endpoint is real-only (모의투자 answers EGW02006). <see cref="IsOrder"/> marks order endpoints (order-rejection faults).
/// </summary>
/// <param name="RealTrIds">TR IDs accepted by a Real server (T…, F…, H…, C…, J…).</param>
/// <param name="PaperTrIds">TR IDs accepted by a Paper server (V… for account TRs; market-data TRs are the same).</param>
/// <param name="IsOrder">An order endpoint (order-cash, order-rvsecncl).</param>
internal sealed record KisTrMetadata(ImmutableArray<string> RealTrIds, ImmutableArray<string> PaperTrIds, bool IsOrder)
{
    public ImmutableArray<string> For(SimProfile profile) => profile == SimProfile.Real ? RealTrIds : PaperTrIds;

    public bool PaperAvailable => !PaperTrIds.IsEmpty;
}

/// <summary>Declaring KIS endpoints to the gateway.</summary>
internal static class KisEndpointConventions
{
    /// <summary>
    /// Puts the endpoint behind the KIS gateway: headers (appkey, appsecret, authorization Bearer, tr_id, custtype), token
    /// (EGW00123/EGW00121), domain of the key (EGW02004/EGW02007), TR ID vs profile (EGW02006 on paper), per-key rate limit
    /// (EGW00201), faults and metrics. The handler then reads <see cref="KisRequestExtensions.GetKisRequest"/>.
    /// </summary>
    /// <param name="builder">The endpoint.</param>
    /// <param name="realTrIds">TR IDs on a Real server.</param>
    /// <param name="paperTrIds">TR IDs on a Paper server (empty: real only).</param>
    /// <param name="isOrder">Order endpoint (null: true when any TR ID ends with "U", the KIS naming of order TRs).</param>
    public static TBuilder WithKisTr<TBuilder>(this TBuilder builder, IEnumerable<string> realTrIds, IEnumerable<string> paperTrIds, bool? isOrder = null)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(realTrIds);
        ArgumentNullException.ThrowIfNull(paperTrIds);
        var real = realTrIds.ToImmutableArray();
        var paper = paperTrIds.ToImmutableArray();
        if (real.IsEmpty)
        {
            throw new ArgumentException("An endpoint needs at least one real TR ID.", nameof(realTrIds));
        }

        var order = isOrder ?? real.Concat(paper).Any(t => t.EndsWith('U'));
        builder.WithMetadata(new KisTrMetadata(real, paper, order));
        return builder;
    }
}
