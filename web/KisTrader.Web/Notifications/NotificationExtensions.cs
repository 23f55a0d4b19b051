namespace KisTrader.Web.Notifications;

/// <summary>Registers the notifier (a background service the events relay offers every event to).</summary>
internal static class NotificationExtensions
{
    public static IServiceCollection AddKisTraderNotifications(this IServiceCollection services, NotificationOptions options)
    {
        services.AddSingleton(options);
        // No request logging on this client: a Telegram URL holds the bot token.
        services.AddHttpClient(Notifier.HttpClientName).RemoveAllLoggers();
        services.AddSingleton<Notifier>();
        services.AddHostedService(sp => sp.GetRequiredService<Notifier>());
        return services;
    }

    /// <summary>Start-up checks beyond the annotations: addresses, category names, a half-configured bot.</summary>
    public static IEnumerable<string> Problems(NotificationOptions options, string section)
    {
        for (var i = 0; i < options.Webhooks.Count; i++)
        {
            var hook = options.Webhooks[i];
            if (hook.Url is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https")))
            {
                yield return $"{section}:Notifications:Webhooks:{i}:Url must be an http:// or https:// address";
            }

            if (CategoryProblem(hook.Categories) is { } problem)
            {
                yield return $"{section}:Notifications:Webhooks:{i}:Categories: {problem}";
            }
        }

        var bot = options.Telegram;
        if (string.IsNullOrWhiteSpace(bot.BotToken) != string.IsNullOrWhiteSpace(bot.ChatId))
        {
            yield return $"{section}:Notifications:Telegram needs both BotToken and ChatId (or neither)";
        }

        if (!bot.BaseUrl.IsAbsoluteUri || bot.BaseUrl.Scheme is not ("http" or "https") || !bot.BaseUrl.AbsolutePath.EndsWith('/'))
        {
            yield return $"{section}:Notifications:Telegram:BaseUrl must be an http(s) address ending in /";
        }

        if (CategoryProblem(bot.Categories) is { } botProblem)
        {
            yield return $"{section}:Notifications:Telegram:Categories: {botProblem}";
        }
    }

    private static string? CategoryProblem(string categories)
    {
        try
        {
            _ = Notifier.Categories(categories);
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }
}
