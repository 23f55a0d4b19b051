using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace KisTrader.Kis.WebSocket;

/// <summary>
/// The subscription manager: reference counting per (TR ID, key), the registration cap with priority eviction, and the
/// wire round trips (subscribe, unsubscribe, restore after reconnect). Everything here runs under <see cref="_gate"/>.
/// </summary>
public sealed partial class KisRealtimeClient
{
    /// <inheritdoc />
    public Task<RealtimeSubscription> SubscribeFillNoticesAsync(CancellationToken cancellationToken)
    {
        var htsId = _options.HtsId;
        if (string.IsNullOrWhiteSpace(htsId))
        {
            throw new InvalidOperationException("Fill notices need Kis:WebSocket:HtsId (filled from the Kis HTS ID setting).");
        }

        return SubscribeAsync(_options.FillNoticeTrId, htsId, SubscriptionPriority.Account, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<RealtimeSubscription> SubscribeAsync(string trId, string trKey, SubscriptionPriority priority, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trId);
        ArgumentException.ThrowIfNullOrWhiteSpace(trKey);
        if (!Enum.IsDefined(priority))
        {
            throw new ArgumentOutOfRangeException(nameof(priority), priority, "Unknown priority.");
        }

        await StartedAsync(cancellationToken).ConfigureAwait(false);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var key = (trId, trKey);
            if (_entries.TryGetValue(key, out var entry) && !entry.Parked)
            {
                entry.Add(priority);
                return new RealtimeSubscription(this, trId, trKey, priority);
            }

            var wanted = entry is null || entry.Priority < priority ? priority : entry.Priority;
            var victim = FindVictim(wanted, trId, trKey);
            var connection = CurrentConnection();
            try
            {
                if (victim is not null)
                {
                    await EvictAsync(victim, connection, $"{trId}/{trKey} at priority {wanted} needed the slot", cancellationToken).ConfigureAwait(false);
                }

                if (connection is null)
                {
                    throw new RealtimeDisconnectedException("not connected");
                }

                var reply = await SubscribeOnWireAsync(connection, trId, trKey, cancellationToken).ConfigureAwait(false);
                if (!reply.IsRegistered)
                {
                    if (victim is not null && reply.Kind != ControlReplyKind.AppKeyInUse)
                    {
                        await TryPromoteParkedAsync(connection, cancellationToken).ConfigureAwait(false);
                    }

                    throw KisWebSocketException.From(reply, trId, trKey);
                }

                connection.SetRegistered(key, true);
            }
            catch (RealtimeDisconnectedException ex)
            {
                // The connection dropped: keep the subscription, the restore after the reconnect sends it.
                _logger.SubscribeDeferred(trId, trKey, ex.Message);
            }

            entry ??= new SubscriptionEntry(trId, trKey, 0);
            entry.Parked = false;
            entry.Sequence = ++_sequence;
            entry.Add(priority);
            _entries[key] = entry;
            return new RealtimeSubscription(this, trId, trKey, priority);
        }
        finally
        {
            PublishRegistrations();
            _gate.Release();
        }
    }

    /// <summary>Releases one holder; the last one unsubscribes on the wire and lets a parked subscription take the slot.</summary>
    internal async Task ReleaseAsync(RealtimeSubscription subscription)
    {
        try
        {
            await _gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            return;
        }

        try
        {
            var key = (subscription.TrId, subscription.TrKey);
            if (!_entries.TryGetValue(key, out var entry))
            {
                return;
            }

            entry.Remove(subscription.Priority);
            if (entry.References > 0)
            {
                return;
            }

            _entries.Remove(key);
            var connection = CurrentConnection();
            if (connection is null || !connection.IsRegistered(key))
            {
                return;
            }

            connection.SetRegistered(key, false);
            try
            {
                var reply = await RequestAsync(connection, subscription.TrId, subscription.TrKey, "2", CancellationToken.None).ConfigureAwait(false);
                if (reply.Kind is not (ControlReplyKind.Unsubscribed or ControlReplyKind.NotSubscribed or ControlReplyKind.OtherSuccess))
                {
                    _logger.UnsubscribeRefused(subscription.TrId, subscription.TrKey, reply.MsgCd, reply.Msg1);
                }

                await PromoteParkedAsync(connection, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is RealtimeDisconnectedException or TimeoutException or WebSocketException or IOException or ObjectDisposedException)
            {
                // Registrations die with the connection; nothing is left to release.
                _logger.UnsubscribeFailed(subscription.TrId, subscription.TrKey, ex.Message);
            }
        }
        finally
        {
            PublishRegistrations();
            _gate.Release();
        }
    }

    /// <summary>
    /// Re-sends every held registration not yet registered on <paramref name="connection"/>, highest priority first.
    /// Returns false when the connection is unusable (dropped, OPSP8996, no reply), so the loop backs off further.
    /// </summary>
    private async Task<bool> RestoreAsync(RealtimeConnection connection, CancellationToken stop)
    {
        try
        {
            await _gate.WaitAsync(stop).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            return false;
        }

        try
        {
            return await RestoreUnderGateAsync(connection, stop).ConfigureAwait(false);
        }
        catch (Exception ex) when (!stop.IsCancellationRequested)
        {
            // E.g. the approval key could not be fetched (REST down): replace the connection after the backoff and try again.
            _logger.RestoreFailed(ex);
            connection.Socket.Abort();
            return false;
        }
        finally
        {
            PublishRegistrations();
            _gate.Release();
        }
    }

    /// <summary>Test hook: re-sends every held registration on the live connection (as a restore does), even those in place.</summary>
    internal async Task<int> ResendAllAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = CurrentConnection() ?? throw new InvalidOperationException("Not connected.");
            var count = 0;
            foreach (var entry in _entries.Values.Where(e => !e.Parked).ToList())
            {
                var reply = await SubscribeOnWireAsync(connection, entry.TrId, entry.TrKey, cancellationToken).ConfigureAwait(false);
                if (!reply.IsRegistered)
                {
                    throw KisWebSocketException.From(reply, entry.TrId, entry.TrKey);
                }

                count++;
            }

            return count;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<bool> RestoreUnderGateAsync(RealtimeConnection connection, CancellationToken stop)
    {
        var todo = _entries.Values
            .Where(e => !e.Parked && !connection.IsRegistered(e.Key))
            .OrderByDescending(e => e.Priority)
            .ThenBy(e => e.Sequence)
            .ToList();
        var restored = 0;
        foreach (var entry in todo)
        {
            ControlReply reply;
            try
            {
                reply = await SubscribeOnWireAsync(connection, entry.TrId, entry.TrKey, stop).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is RealtimeDisconnectedException or WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
            {
                _logger.RestoreInterrupted(restored, todo.Count, ex.Message);
                return false;
            }
            catch (TimeoutException ex)
            {
                // A silent server is as good as gone: replace the connection.
                _logger.RestoreInterrupted(restored, todo.Count, ex.Message);
                connection.Socket.Abort();
                return false;
            }

            if (reply.IsRegistered)
            {
                connection.SetRegistered(entry.Key, true);
                restored++;
                continue;
            }

            if (reply.Kind == ControlReplyKind.AppKeyInUse)
            {
                _logger.RestoreInterrupted(restored, todo.Count, $"{reply.MsgCd} {reply.Msg1}");
                return false;
            }

            entry.Parked = true;
            var explanation = KisWebSocketCodes.Explain(reply.MsgCd);
            _logger.RestoreRefused(entry.TrId, entry.TrKey, reply.MsgCd, reply.Msg1, explanation);
            Publish(new SubscriptionLost
            {
                ReceivedAt = _time.GetUtcNow(),
                TrId = entry.TrId,
                TrKey = entry.TrKey,
                Reason = SubscriptionLostReason.RefusedOnRestore,
                MsgCd = reply.MsgCd,
                Message = $"{reply.MsgCd} {reply.Msg1}: {explanation}",
            });
        }

        if (todo.Count > 0)
        {
            _logger.Restored(restored, todo.Count, connection.Number);
        }

        try
        {
            await PromoteParkedAsync(connection, stop).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RealtimeDisconnectedException or TimeoutException or WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            _logger.RestoreInterrupted(restored, todo.Count, ex.Message);
            return false;
        }

        return true;
    }

    /// <summary>The registration to evict for a new one at <paramref name="wanted"/>, or null when a slot is free; throws when none may go.</summary>
    private SubscriptionEntry? FindVictim(SubscriptionPriority wanted, string trId, string trKey)
    {
        var active = _entries.Values.Count(e => !e.Parked);
        if (active < _options.MaxRegistrations)
        {
            return null;
        }

        return _entries.Values
            .Where(e => !e.Parked && e.Priority < wanted)
            .OrderBy(e => e.Priority)
            .ThenByDescending(e => e.Sequence)
            .FirstOrDefault()
            ?? throw new KisSubscriptionLimitException(
                $"Cannot subscribe {trId}/{trKey}: all {_options.MaxRegistrations} realtime registrations (Kis:WebSocket:MaxRegistrations; KIS allows 41 per app key, "
                + $"체결가 + 호가 + 체결통보 together) are held by subscriptions of priority {wanted} or higher. Release one first. Nothing was sent.");
    }

    /// <summary>Parks <paramref name="victim"/> (so the cap holds even if the wire fails) and unsubscribes it when registered.</summary>
    private async Task EvictAsync(SubscriptionEntry victim, RealtimeConnection? connection, string why, CancellationToken cancellationToken)
    {
        victim.Parked = true;
        if (connection is not null && connection.IsRegistered(victim.Key))
        {
            connection.SetRegistered(victim.Key, false);
            var reply = await RequestAsync(connection, victim.TrId, victim.TrKey, "2", cancellationToken).ConfigureAwait(false);
            if (reply.Kind is not (ControlReplyKind.Unsubscribed or ControlReplyKind.NotSubscribed or ControlReplyKind.OtherSuccess))
            {
                _logger.UnsubscribeRefused(victim.TrId, victim.TrKey, reply.MsgCd, reply.Msg1);
            }
        }

        _logger.Evicted(victim.TrId, victim.TrKey, victim.Priority, why);
        Publish(new SubscriptionLost
        {
            ReceivedAt = _time.GetUtcNow(),
            TrId = victim.TrId,
            TrKey = victim.TrKey,
            Reason = SubscriptionLostReason.Evicted,
            Message = $"evicted: {why}; it comes back when a slot frees",
        });
    }

    /// <summary>A promotion after a refused subscribe: its own failures do not hide the refusal.</summary>
    private async Task TryPromoteParkedAsync(RealtimeConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await PromoteParkedAsync(connection, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RealtimeDisconnectedException or TimeoutException or WebSocketException or IOException or ObjectDisposedException)
        {
            _logger.UnsubscribeFailed("(parked)", "(promotion)", ex.Message);
        }
    }

    /// <summary>Fills free slots with parked subscriptions, highest priority first (best effort).</summary>
    private async Task PromoteParkedAsync(RealtimeConnection connection, CancellationToken cancellationToken)
    {
        while (_entries.Values.Count(e => !e.Parked) < _options.MaxRegistrations)
        {
            var next = _entries.Values.Where(e => e.Parked).OrderByDescending(e => e.Priority).ThenBy(e => e.Sequence).FirstOrDefault();
            if (next is null)
            {
                return;
            }

            var reply = await SubscribeOnWireAsync(connection, next.TrId, next.TrKey, cancellationToken).ConfigureAwait(false);
            if (!reply.IsRegistered)
            {
                _logger.RestoreRefused(next.TrId, next.TrKey, reply.MsgCd, reply.Msg1, KisWebSocketCodes.Explain(reply.MsgCd));
                return;
            }

            next.Parked = false;
            next.Sequence = ++_sequence;
            connection.SetRegistered(next.Key, true);
            Publish(new SubscriptionRestored { ReceivedAt = _time.GetUtcNow(), TrId = next.TrId, TrKey = next.TrKey });
        }
    }

    /// <summary>Subscribe on the wire; a refused approval key is replaced once and the message re-sent.</summary>
    private async Task<ControlReply> SubscribeOnWireAsync(RealtimeConnection connection, string trId, string trKey, CancellationToken cancellationToken)
    {
        var reply = await RequestAsync(connection, trId, trKey, "1", cancellationToken).ConfigureAwait(false);
        if (reply.Kind == ControlReplyKind.InvalidApprovalKey)
        {
            Interlocked.Increment(ref _counters.ApprovalKeyRefreshes);
            _logger.ApprovalKeyRefused(reply.MsgCd, reply.Msg1);
            await _approvalKeys.InvalidateApprovalKeyAsync(cancellationToken).ConfigureAwait(false);
            reply = await RequestAsync(connection, trId, trKey, "1", cancellationToken).ConfigureAwait(false);
        }

        if (reply.Kind == ControlReplyKind.AlreadySubscribed)
        {
            _logger.AlreadySubscribed(trId, trKey);
        }

        return reply;
    }

    /// <summary>One control round trip (kis-api.md §5.1): sends the message and waits for the reply the receive loop hands over.</summary>
    private async Task<ControlReply> RequestAsync(RealtimeConnection connection, string trId, string trKey, string trType, CancellationToken cancellationToken)
    {
        var approvalKey = await _approvalKeys.GetApprovalKeyAsync(cancellationToken).ConfigureAwait(false);
        var pending = connection.BeginRequest(trId, trKey);
        try
        {
            try
            {
                await connection.SendTextAsync(BuildMessage(approvalKey, trType, trId, trKey), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
            {
                throw new RealtimeDisconnectedException(ex.Message, ex);
            }

            try
            {
                return await pending.Reply.WaitAsync(_options.RequestTimeout, _transport, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                Interlocked.Increment(ref _counters.RequestTimeouts);
                throw new TimeoutException(
                    $"No reply from KIS to {(trType == "1" ? "subscribe" : "unsubscribe")} {trId}/{trKey} within {_options.RequestTimeout} (Kis:WebSocket:RequestTimeout).");
            }
        }
        finally
        {
            connection.EndRequest(pending);
        }
    }

    /// <summary>The subscribe/unsubscribe JSON. It carries the approval key: never log it.</summary>
    private string BuildMessage(string approvalKey, string trType, string trId, string trKey)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteStartObject("header");
            json.WriteString("approval_key", approvalKey);
            json.WriteString("custtype", _options.CustomerType);
            json.WriteString("tr_type", trType);
            json.WriteString("content-type", "utf-8");
            json.WriteEndObject();
            json.WriteStartObject("body");
            json.WriteStartObject("input");
            json.WriteString("tr_id", trId);
            json.WriteString("tr_key", trKey);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Refreshes the <see cref="Registrations"/> snapshot (called under the gate).</summary>
    private void PublishRegistrations()
    {
        IReadOnlyList<RealtimeRegistration> snapshot = [.. _entries.Values
            .OrderByDescending(e => e.Priority)
            .ThenBy(e => e.Sequence)
            .Select(e => new RealtimeRegistration(e.TrId, e.TrKey, e.References, e.Priority, e.Parked, Registered: false))];
        Volatile.Write(ref _registrations, snapshot);
    }

    /// <summary>
    /// Starts the client and waits for an open connection, but not for longer than one connect attempt: while the broker's
    /// WebSocket cannot be reached (an attempt failed, or none succeeded within <c>Kis:WebSocket:ConnectTimeout</c>) the
    /// subscription is kept and sent by the restore once a connection opens, and the caller goes on. A subscriber — the
    /// market-data grain, whose callers wait on it — is never held for as long as the feed is down.
    /// </summary>
    private async Task StartedAsync(CancellationToken cancellationToken)
    {
        var (connected, failed) = EnsureRunning();
        if (connected.IsCompleted || failed.IsCompleted)
        {
            return;
        }

        try
        {
            await Task.WhenAny(connected, failed).WaitAsync(_options.ConnectTimeout, _transport, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Not connected yet: the subscription is deferred below (and logged there), as after a drop.
        }
    }
}
