namespace KisTrader.Kis.Client;

/// <summary>How an <see cref="OrderSearch"/> came out.</summary>
public enum OrderLookupStatus
{
    /// <summary>Exactly one order matches: the unknown order exists; adopt its number.</summary>
    Found,

    /// <summary>No order matches: it was not placed; it is safe to send again.</summary>
    NotFound,

    /// <summary>Several orders match: a person (or stricter criteria) must decide; do not resend.</summary>
    Ambiguous,
}
