namespace KisTrader.GrainInterfaces;

/// <summary>The key of the KRX schedule singleton.</summary>
public static partial class GrainKeys
{
    /// <summary>The <see cref="IScheduleGrain"/> key: one schedule for the cluster (the KRX calendar).</summary>
    public const string Schedule = "krx";

    /// <summary>The name of the schedule grain's durable reminder (a row in the reminder table; renaming it orphans the old one).</summary>
    public const string ScheduleReminder = "krx-schedule";
}
