using KisTrader.GrainInterfaces;
using KisTrader.Trading.Orders;

namespace KisTrader.Grains.Orders;

/// <summary>The persisted state of <see cref="OrderGrain"/>.</summary>
[GenerateSerializer, Alias("KisTrader.OrderGrainState")]
public sealed class OrderGrainState
{
    [Id(0)] public OrderIntent? Intent { get; set; }

    [Id(1)] public OrderState State { get; set; }

    /// <summary>The journal id (derived from the client order id).</summary>
    [Id(2)] public Guid OrderId { get; set; }

    /// <summary>The order number the broker gave (or the lookup adopted).</summary>
    [Id(3)] public string? OrderNumber { get; set; }

    /// <summary>KRX_FWDG_ORD_ORGNO.</summary>
    [Id(4)] public string? OrgNumber { get; set; }

    /// <summary>The number that holds the open rest now (a modification moves it to a new number).</summary>
    [Id(5)] public string? LiveOrderNumber { get; set; }

    /// <summary>Every number of this order (the original and its modifications; not cancel rows).</summary>
    [Id(6)] public List<string> OrderNumbers { get; set; } = [];

    [Id(7)] public int Submissions { get; set; }

    /// <summary>Technical failures so far (the retry policy's attempt count).</summary>
    [Id(8)] public int Failures { get; set; }

    /// <summary>When the last POST was sent.</summary>
    [Id(9)] public DateTimeOffset? SentAt { get; set; }

    /// <summary>When a retry or a lookup is due.</summary>
    [Id(10)] public DateTimeOffset? DueAt { get; set; }

    [Id(11)] public string? MessageCode { get; set; }

    [Id(12)] public string? Message { get; set; }

    [Id(13)] public DateTimeOffset UpdatedAt { get; set; }

    [Id(14)] public List<OrderFillState> Fills { get; set; } = [];

    [Id(15)] public List<OrderTallyState> Tallies { get; set; } = [];

    [Id(16)] public List<string> AbsorbedKeys { get; set; } = [];

    [Id(17)] public bool CancelRequested { get; set; }

    [Id(18)] public bool ConvertedToMarket { get; set; }

    /// <summary>Lookups of the unknown outcome that failed in a row (at the limit the order is ambiguous).</summary>
    [Id(19)] public int LookupFailures { get; set; }

    /// <summary>The intent's records (state, reminder, journal row, "Created") all exist; until then nothing is sent.</summary>
    [Id(20)] public bool IntentRecorded { get; set; }
}
