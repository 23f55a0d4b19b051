namespace KisTrader.Web.Clock;

/// <summary>A clock change that cannot be applied, with the reason for the caller.</summary>
public sealed class ClockRefusedException : Exception
{
    public ClockRefusedException()
    {
    }

    public ClockRefusedException(string message)
        : base(message)
    {
    }

    public ClockRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
