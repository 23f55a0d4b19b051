using KisTrader.Web.Relay;
using KisTrader.Web.Telemetry;

namespace KisTrader.Web.Notifications;

/// <summary>
/// The Telegram Bot API's <c>sendMessage</c> (<c>POST {base}bot{token}/sendMessage {"chat_id","text"}</c>). The token is
/// part of the URL, so the request is marked <see cref="SecretUrl"/> (no trace span), the client logs nothing, and no
/// message or exception text of ours holds it.
/// </summary>
internal sealed class TelegramSender(HttpClient http, TelegramTarget target) : INotificationSender
{
    /// <summary>Telegram's limit of a message's text.</summary>
    public const int MaxText = 4096;

    // "./": a token holds a colon, which would otherwise read as a URI scheme.
    private readonly Uri _send = new(target.BaseUrl, $"./bot{target.BotToken!.Trim()}/sendMessage");

    public string Name => "telegram";

    public async Task SendAsync(EventMessage message, CancellationToken cancellationToken)
    {
        var text = Text(message);
        using var request = new HttpRequestMessage(HttpMethod.Post, _send)
        {
            Content = JsonContent.Create(new TelegramMessage(target.ChatId!.Trim(), text)),
        };
        SecretUrl.Mark(request);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            // The inner exception may name the request; ours carries only the kind of failure.
            throw new HttpRequestException($"telegram: {e.HttpRequestError}", null, e.StatusCode);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new NotificationRefusedException($"telegram: {e.GetType().Name}");
        }

        using (response)
        {
            HttpOutcome.Check(response, Name);
        }
    }

    /// <summary>The line sent: <c>[category] Korean text</c>, cut to Telegram's limit.</summary>
    public static string Text(EventMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = $"[{message.Alert}] {message.Text}";
        return text.Length <= MaxText ? text : text[..(MaxText - 1)] + "…";
    }
}
