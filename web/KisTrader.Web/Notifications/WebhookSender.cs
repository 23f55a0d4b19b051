using KisTrader.Web.Relay;
using KisTrader.Web.Telemetry;

namespace KisTrader.Web.Notifications;

/// <summary>POSTs the event message as JSON (<c>{sequence, category, alert, subject, type, at, tradingDate, text, payload}</c>).</summary>
internal sealed class WebhookSender(HttpClient http, Uri url) : INotificationSender
{
    public string Name { get; } = "webhook " + url.Host;

    public async Task SendAsync(EventMessage message, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(message, options: System.Text.Json.JsonSerializerOptions.Web) };
        SecretUrl.Mark(request);
        using var response = await http.SendAsync(request, cancellationToken);
        HttpOutcome.Check(response, Name);
    }
}
