using System.Net.WebSockets;
using System.Text;

namespace KisTrader.Kis.WebSocket;

/// <summary>The connection loop: connect, restore registrations, receive until the connection ends, back off, repeat.</summary>
public sealed partial class KisRealtimeClient
{
    private async Task RunAsync(CancellationToken stop)
    {
        var attempt = 0;
        while (!stop.IsCancellationRequested)
        {
            var socket = new ClientWebSocket();
            try
            {
                using var timeout = new CancellationTokenSource(_options.ConnectTimeout, _transport);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop, timeout.Token);
                await socket.ConnectAsync(_endpoint, linked.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (!stop.IsCancellationRequested)
            {
                socket.Dispose();
                lock (_sync)
                {
                    _connectFailed.TrySetResult();
                }

                attempt++;
                var delay = Backoff(attempt);
                _logger.ConnectFailed(_endpoint, ex.Message, delay);
                if (!await DelayAsync(delay, stop).ConfigureAwait(false))
                {
                    break;
                }

                continue;
            }
            catch (OperationCanceledException)
            {
                socket.Dispose();
                break;
            }

            var connection = new RealtimeConnection(socket, Interlocked.Increment(ref _connectionNumber));
            lock (_sync)
            {
                _connection = connection;
            }

            Interlocked.Increment(ref _counters.Connections);
            SetState(RealtimeConnectionState.Connected, connection.Number == 1 ? "connected" : $"reconnected (connection {connection.Number})");
            lock (_sync)
            {
                _connected.TrySetResult();
                if (_connectFailed.Task.IsCompleted)
                {
                    _connectFailed = NewSignal();
                }
            }

            var receive = ReceiveLoopAsync(connection, stop);
            if (await RestoreAsync(connection, stop).ConfigureAwait(false))
            {
                attempt = 0;
            }

            var reason = await receive.ConfigureAwait(false);
            lock (_sync)
            {
                _connection = null;
                if (_connected.Task.IsCompleted)
                {
                    _connected = NewSignal();
                }
            }

            connection.Dispose();
            if (stop.IsCancellationRequested || _stopping)
            {
                break;
            }

            Interlocked.Increment(ref _counters.Disconnects);
            attempt++;
            var wait = Backoff(attempt);
            SetState(RealtimeConnectionState.Reconnecting, $"connection lost ({reason}); reconnecting in {wait.TotalMilliseconds:0} ms");
            if (!await DelayAsync(wait, stop).ConfigureAwait(false))
            {
                break;
            }

            SetState(RealtimeConnectionState.Connecting, "reconnecting");
        }

        SetState(RealtimeConnectionState.Stopped, "stopped");
    }

    /// <summary>Initial × 2^(attempt−1), capped at the maximum, spread by ±jitter.</summary>
    internal TimeSpan Backoff(int attempt)
    {
        var initial = _options.ReconnectInitialDelay.Ticks;
        var max = _options.ReconnectMaxDelay.Ticks;
        var exponent = Math.Min(Math.Max(attempt - 1, 0), 30);
        var ticks = Math.Min(max, initial * Math.Pow(2, exponent));
        var jitter = (double)_options.ReconnectJitter;
        // Random.Shared: jitter only spreads reconnects; it needs no cryptographic quality.
#pragma warning disable CA5394
        var factor = 1 + (jitter * ((Random.Shared.NextDouble() * 2) - 1));
#pragma warning restore CA5394
        return TimeSpan.FromTicks((long)Math.Max(1, Math.Min(max, ticks * factor)));
    }

    private async Task<bool> DelayAsync(TimeSpan delay, CancellationToken stop)
    {
        try
        {
            await Task.Delay(delay, _time, stop).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Receives until the connection ends; returns why. Never throws: a bad message is counted and skipped.</summary>
    private async Task<string> ReceiveLoopAsync(RealtimeConnection connection, CancellationToken stop)
    {
        await Task.Yield();
        var reason = "ended";
        var buffer = new byte[_options.ReceiveBufferBytes];
        using var message = new MemoryStream();
        using var idle = new CancellationTokenSource(Timeout.InfiniteTimeSpan, _transport);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop, idle.Token);
        try
        {
            while (true)
            {
                if (_options.IdleTimeout > TimeSpan.Zero)
                {
                    idle.CancelAfter(_options.IdleTimeout);
                }

                var result = await connection.Socket.ReceiveAsync(buffer.AsMemory(), linked.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    reason = $"closed by the server: {connection.Socket.CloseStatus} {connection.Socket.CloseStatusDescription}".TrimEnd();
                    return reason;
                }

                message.Write(buffer, 0, result.Count);
                if (message.Length > _options.MaxMessageBytes)
                {
                    reason = $"a message exceeded Kis:WebSocket:MaxMessageBytes ({_options.MaxMessageBytes})";
                    return reason;
                }

                if (!result.EndOfMessage)
                {
                    continue;
                }

                if (result.MessageType == WebSocketMessageType.Text)
                {
                    var text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
                    message.SetLength(0);
                    try
                    {
                        // The idle clock counts only time spent waiting for the server, not a wait for a slow consumer.
                        idle.CancelAfter(Timeout.InfiniteTimeSpan);
                        await HandleMessageAsync(connection, text, linked.Token, stop).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // Whatever one message does, the loop goes on: count it, log it, read the next one.
                        Interlocked.Increment(ref _counters.MalformedFrames);
                        _logger.MessageFailed(ex);
                    }
                }
                else
                {
                    message.SetLength(0);
                }
            }
        }
        catch (OperationCanceledException) when (idle.IsCancellationRequested && !stop.IsCancellationRequested)
        {
            Interlocked.Increment(ref _counters.IdleTimeouts);
            reason = $"nothing received for {_options.IdleTimeout} (Kis:WebSocket:IdleTimeout)";
            return reason;
        }
        catch (OperationCanceledException)
        {
            reason = "stopped";
            return reason;
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
        {
            reason = ex.Message;
            return reason;
        }
        finally
        {
            connection.MarkClosed(reason);
            connection.Socket.Abort();
        }
    }

    /// <summary>
    /// One text message: data frame, PINGPONG or control reply. Anything unreadable is counted and skipped. A fill notice
    /// waits for room in its buffer (until <paramref name="stop"/>), so the socket is read no faster than notices are taken.
    /// </summary>
    internal async Task HandleMessageAsync(RealtimeConnection connection, string text, CancellationToken cancellationToken, CancellationToken stop = default)
    {
        Interlocked.Increment(ref _counters.Messages);
        if (DataFrame.IsDataFrame(text))
        {
            await HandleDataFrameAsync(connection, text, stop).ConfigureAwait(false);
            return;
        }

        var reply = ControlReply.TryParse(text);
        if (reply is null)
        {
            Interlocked.Increment(ref _counters.MalformedFrames);
            _logger.UnreadableMessage(text.Length, Preview(text));
            return;
        }

        if (reply.IsPingPong)
        {
            // Echo the heartbeat back as text (PYKIS); KIS closes sessions that stay silent after PINGPONG.
            Interlocked.Increment(ref _counters.PingPongs);
            try
            {
                await connection.SendTextAsync(text, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
            {
                _logger.PingPongFailed(ex.Message);
            }

            return;
        }

        // Keep an encrypted TR's key/IV before reading on: its first notice may be the very next frame. ALREADY IN
        // SUBSCRIBE carries none: the server kept the registration, so the last key/IV it gave for the TR still applies.
        if (reply.IsRegistered)
        {
            string? key = reply.AesKey;
            string? iv = reply.AesIv;
            lock (_lastCipherSecrets)
            {
                if (!string.IsNullOrEmpty(key) && !string.IsNullOrEmpty(iv))
                {
                    _lastCipherSecrets[reply.TrId] = (key, iv);
                }
                else if (reply.Kind == ControlReplyKind.AlreadySubscribed && connection.Cipher(reply.TrId) is null
                    && _lastCipherSecrets.TryGetValue(reply.TrId, out var last))
                {
                    (key, iv) = last;
                }
            }

            if (NoticeCipher.Create(key, iv) is { } cipher)
            {
                connection.SetCipher(reply.TrId, cipher);
            }
        }

        if (reply.Kind == ControlReplyKind.AppKeyInUse)
        {
            Interlocked.Increment(ref _counters.AppKeyInUse);
            _logger.AppKeyInUse(KisWebSocketCodes.Explain(KisWebSocketCodes.AppKeyInUse));
        }

        if (!connection.TryComplete(reply))
        {
            _logger.UnexpectedReply(reply.TrId, reply.TrKey, reply.MsgCd, reply.Msg1);
        }
    }

    private async Task HandleDataFrameAsync(RealtimeConnection connection, string text, CancellationToken stop)
    {
        if (!DataFrame.TryParse(text, out var frame))
        {
            Interlocked.Increment(ref _counters.MalformedFrames);
            _logger.UnreadableMessage(text.Length, Preview(text));
            return;
        }

        var payload = frame.Payload;
        if (frame.Encrypted)
        {
            var plain = connection.Cipher(frame.TrId)?.TryDecrypt(payload);
            if (plain is null)
            {
                Interlocked.Increment(ref _counters.UndecryptableFrames);
                _logger.Undecryptable(frame.TrId);
                return;
            }

            payload = plain;
        }

        var events = new List<KisRealtimeEvent>(frame.Count);
        var outcome = RealtimeFrameParser.Parse(frame.TrId, frame.Count, payload, _time.GetUtcNow(), events);
        switch (outcome)
        {
            case FrameParseOutcome.Parsed:
                Interlocked.Increment(ref _counters.DataFrames);
                Interlocked.Add(ref _counters.Records, events.Count);
                foreach (var e in events)
                {
                    if (e is KisMarketEvent market)
                    {
                        _market.Writer.TryWrite(market);
                    }
                    else if (e is FillNotice notice)
                    {
                        await WriteFillNoticeAsync(notice with { Connection = connection.Number, Sequence = ++_fillSequence }, stop).ConfigureAwait(false);
                    }
                    else
                    {
                        _notices.Writer.TryWrite(e);
                    }
                }

                break;
            case FrameParseOutcome.TooFewFields:
                Interlocked.Increment(ref _counters.ShortFrames);
                _logger.ShortFrame(frame.TrId, frame.Count, payload.Split('^').Length, KisRealtimeTrIds.RequiredFields(frame.TrId));
                break;
            case FrameParseOutcome.UnknownTr:
                Interlocked.Increment(ref _counters.UnknownTrFrames);
                _logger.UnknownTr(frame.TrId);
                break;
            default:
                Interlocked.Increment(ref _counters.MalformedFrames);
                // Encrypted payloads are account data: never log them, decrypted or not.
                _logger.MalformedFrame(frame.TrId, frame.Count, frame.Encrypted ? "(encrypted)" : Preview(payload));
                break;
        }
    }

    /// <summary>Hands a notice to the consumer; when the buffer is full, waits (counted) instead of dropping.</summary>
    private async ValueTask WriteFillNoticeAsync(FillNotice notice, CancellationToken stop)
    {
        Interlocked.Increment(ref _counters.FillNotices);
        if (_fills.Writer.TryWrite(notice))
        {
            return;
        }

        Interlocked.Increment(ref _counters.FillNoticeWaits);
        _logger.FillNoticeBufferFull(_options.FillNoticeCapacity);
        await _fills.Writer.WriteAsync(notice, stop).ConfigureAwait(false);
    }

    private static string Preview(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 80), "…");
}
