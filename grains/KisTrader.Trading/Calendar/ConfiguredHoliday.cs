using System.ComponentModel.DataAnnotations;

namespace KisTrader.Trading.Calendar;

/// <summary>An extra closed date from configuration (e.g. a temporary holiday announced after this build).</summary>
public sealed class ConfiguredHoliday
{
    /// <summary>The KST date KRX is closed.</summary>
    public DateOnly Date { get; set; }

    /// <summary>The name shown to users (e.g. "임시공휴일"). Required.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Name { get; set; } = string.Empty;
}
