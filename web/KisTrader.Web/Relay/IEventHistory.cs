namespace KisTrader.Web.Relay;

/// <summary>The events a reconnecting client re-reads: the journal (PostgreSQL) or this front end's relay buffer.</summary>
public interface IEventHistory
{
    /// <summary>Up to <paramref name="limit"/> events with a sequence above <paramref name="after"/>, oldest first.</summary>
    Task<EventPage> ReadAfterAsync(long after, int limit, CancellationToken cancellationToken);
}
