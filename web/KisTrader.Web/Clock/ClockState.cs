namespace KisTrader.Web.Clock;

/// <summary>The cluster's clock as the API shows it.</summary>
/// <param name="Now">Now (UTC offset as read).</param>
/// <param name="Kst">Now in KST, "yyyy-MM-dd HH:mm:ss".</param>
/// <param name="Simulated">True for the simulator's clock.</param>
/// <param name="Speed">Simulated seconds per wall second (null for real time).</param>
/// <param name="Paused">Whether it stands still (null for real time).</param>
/// <param name="Controllable">True when this front end can pause, resume, change speed and jump.</param>
public sealed record ClockState(DateTimeOffset Now, string Kst, bool Simulated, decimal? Speed, bool? Paused, bool Controllable);
