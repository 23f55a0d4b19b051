namespace KisTrader.Trading.AfterHours;

/// <summary>A checkpoint: its base KST time (the key the planner uses) and the actual instant on the day.</summary>
public readonly record struct AfterHoursCheckpoint(TimeOnly BaseTime, DateTimeOffset At);
