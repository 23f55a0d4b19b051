namespace KisTrader.Kis.WebSocket;

/// <summary>Why a held subscription stopped delivering.</summary>
public enum SubscriptionLostReason
{
    /// <summary>A higher-priority subscription took its slot (the 41-registration cap); it comes back when a slot frees.</summary>
    Evicted,

    /// <summary>The server refused it when it was re-sent after a reconnect (see the msg_cd).</summary>
    RefusedOnRestore,
}
