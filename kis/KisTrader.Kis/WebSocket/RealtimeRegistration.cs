namespace KisTrader.Kis.WebSocket;

/// <summary>A snapshot of one (TR ID, key) the client holds.</summary>
/// <param name="TrId">TR ID.</param>
/// <param name="TrKey">tr_key (code, index code or HTS ID).</param>
/// <param name="References">Live <see cref="RealtimeSubscription"/> handles.</param>
/// <param name="Priority">Highest priority among the holders.</param>
/// <param name="Parked">Evicted (or refused on restore): held but not counted against the cap until a slot frees.</param>
/// <param name="Registered">Registered on the current connection.</param>
public sealed record RealtimeRegistration(string TrId, string TrKey, int References, SubscriptionPriority Priority, bool Parked, bool Registered);
