using System.ComponentModel.DataAnnotations;

namespace KisTrader.Web.Notifications;

/// <summary>A JSON webhook: every event of its categories is POSTed to <see cref="Url"/> as the hub's <c>event</c> message.</summary>
public sealed class WebhookTarget
{
    /// <summary>The receiver (http or https). Treated as a secret (such URLs often carry a token): only its host is logged.</summary>
    [Required]
    public Uri? Url { get; set; }

    /// <summary>Alert categories, comma-separated (signals, orders, fills, exits, risk/errors, system); empty = all.</summary>
    public string Categories { get; set; } = "";
}
