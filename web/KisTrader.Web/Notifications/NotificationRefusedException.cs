namespace KisTrader.Web.Notifications;

/// <summary>The receiver refused the notification for good (e.g. 400/401/403/404): it is not retried.</summary>
public sealed class NotificationRefusedException : Exception
{
    public NotificationRefusedException()
    {
    }

    public NotificationRefusedException(string message)
        : base(message)
    {
    }

    public NotificationRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
