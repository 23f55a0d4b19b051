namespace KisTrader.Grains.AfterHours;

/// <summary>The persisted form of one watched symbol (the pure <c>WatchedSymbol</c> plus what the grain needs to hand a buy over).</summary>
[GenerateSerializer, Alias("KisTrader.AfterHours.WatchedSymbolRecord")]
internal sealed class WatchedSymbolRecord
{
    [Id(0)] public string Code { get; set; } = string.Empty;

    [Id(1)] public string Name { get; set; } = string.Empty;

    [Id(2)] public int Rank { get; set; }

    [Id(3)] public decimal Close { get; set; }

    [Id(4)] public decimal PreviousClose { get; set; }

    [Id(5)] public bool IsBackup { get; set; }

    [Id(6)] public decimal AllocatedAmount { get; set; }

    [Id(7)] public decimal Score { get; set; }

    [Id(8)] public string Status { get; set; } = string.Empty;

    [Id(9)] public decimal Allocation { get; set; }

    [Id(10)] public int Round { get; set; }

    [Id(11)] public string? Replaces { get; set; }

    [Id(12)] public TimeOnly? StatusAt { get; set; }

    [Id(13)] public TimeOnly? BuyCheckpoint { get; set; }

    [Id(14)] public decimal BuyPrice { get; set; }

    [Id(15)] public long BuyQuantity { get; set; }

    /// <summary>The observed price that triggered the buy.</summary>
    [Id(16)] public decimal BuyObserved { get; set; }

    /// <summary>True once its position grain accepted the entry.</summary>
    [Id(17)] public bool Handed { get; set; }

    /// <summary>True while the board holds its after-hours feeds.</summary>
    [Id(18)] public bool Watched { get; set; }
}
