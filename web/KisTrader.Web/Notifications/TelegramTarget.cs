namespace KisTrader.Web.Notifications;

/// <summary>
/// A Telegram bot (its HTTP API's <c>sendMessage</c>): the event's Korean line with its category goes to
/// <see cref="ChatId"/>. Set the token in the environment (<c>KisTrader__Web__Notifications__Telegram__BotToken</c>) or
/// user-secrets, never in a committed file; it is never logged.
/// </summary>
public sealed class TelegramTarget
{
    /// <summary>The bot's token from @BotFather (secret).</summary>
    public string? BotToken { get; set; }

    /// <summary>The chat (user, group or channel id, or @channelname).</summary>
    public string? ChatId { get; set; }

    /// <summary>The Bot API's address (default https://api.telegram.org/; a test points it at a local receiver).</summary>
    public Uri BaseUrl { get; set; } = new("https://api.telegram.org/");

    /// <summary>Alert categories, comma-separated (signals, orders, fills, exits, risk/errors, system); empty = all.</summary>
    public string Categories { get; set; } = "";

    /// <summary>Whether the bot is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken) && !string.IsNullOrWhiteSpace(ChatId);
}
