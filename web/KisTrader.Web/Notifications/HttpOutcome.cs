using System.Net;

namespace KisTrader.Web.Notifications;

/// <summary>How a receiver's HTTP status is taken: success, worth a retry (408, 429, 5xx) or refused for good.</summary>
internal static class HttpOutcome
{
    /// <exception cref="HttpRequestException">A status worth retrying.</exception>
    /// <exception cref="NotificationRefusedException">A refusal retrying cannot change.</exception>
    public static void Check(HttpResponseMessage response, string channel)
    {
        var status = response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        if (status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500)
        {
            throw new HttpRequestException($"{channel} answered HTTP {(int)status}", null, status);
        }

        throw new NotificationRefusedException($"{channel} refused the notification: HTTP {(int)status}");
    }
}
