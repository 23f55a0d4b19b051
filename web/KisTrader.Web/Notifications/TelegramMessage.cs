using System.Text.Json.Serialization;

namespace KisTrader.Web.Notifications;

/// <summary>The body of Telegram's <c>sendMessage</c>.</summary>
internal sealed record TelegramMessage([property: JsonPropertyName("chat_id")] string ChatId, [property: JsonPropertyName("text")] string Text);
