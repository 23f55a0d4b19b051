using System.ComponentModel.DataAnnotations;

namespace KisTrader.Kis.Simulator.Accounts;

/// <summary>
/// An app key the simulator knows in advance (configuration <c>Simulator:Accounts:Keys:N</c>). Required in strict mode;
/// optional otherwise (to pin an account number, HTS ID, profile or cash for a key).
/// </summary>
public sealed class ConfiguredKey
{
    /// <summary>The app key. Required.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "{0} is required.")]
    public string AppKey { get; set; } = string.Empty;

    /// <summary>The app secret that must come with it. Required.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "{0} is required.")]
    public string AppSecret { get; set; } = string.Empty;

    /// <summary>CANO (8 digits). Default: derived from the key (README "Credentials").</summary>
    [RegularExpression("^[0-9]{8}$", ErrorMessage = "{0} must be 8 digits")]
    public string? Cano { get; set; }

    /// <summary>HTS ID. Default: derived from the key.</summary>
    [RegularExpression("^[A-Za-z0-9_]{1,16}$", ErrorMessage = "{0} must be 1–16 letters, digits or '_'")]
    public string? HtsId { get; set; }

    /// <summary>Domain of the key. Default: the server's profile. A key of the other domain is rejected like KIS (EGW02004/EGW02007).</summary>
    public SimProfile? Profile { get; set; }

    /// <summary>Starting cash in won. Default: <see cref="SimAccountsOptions.StartingCash"/>.</summary>
    [Range(typeof(decimal), "0", "1000000000000000")]
    public decimal? StartingCash { get; set; }

    /// <summary>Account holder name. Default: <see cref="SimAccountsOptions.HolderName"/>.</summary>
    public string? Name { get; set; }
}
