using System.Text.Json;
using KisTrader.Testing;
using KisTrader.Web.Notifications;
using KisTrader.Web.Relay;
using KisTrader.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KisTrader.Web.Tests.Notifications;

/// <summary>The notifier against a local HTTP receiver: categories, retries with back-off, drop-oldest, the bot token never logged.</summary>
public sealed class NotifierTests
{
    private const string Token = "123456789:AAE-secret-bot-token-never-logged";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Webhook_TwoFailures_RetriedAndDeliveredOnlyItsCategories()
    {
        await using var receiver = await HttpReceiver.StartAsync();
        receiver.FailFirst = 2;
        await using var run = await RunAsync(new NotificationOptions { Webhooks = [new WebhookTarget { Url = new Uri(receiver.BaseUrl, "hook/orders"), Categories = "orders, errors" }] });

        run.Notifier.Publish(Message(1, "signals"));
        run.Notifier.Publish(Message(2, "orders"));
        run.Notifier.Publish(Message(3, "risk"));

        await Eventually.TrueAsync(() => receiver.Received.Count == 2, () => $"2 deliveries, got {receiver.Received.Count}", Limit);
        var bodies = receiver.Received.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.Equal([2L, 3L], bodies.Select(b => b.GetProperty("sequence").GetInt64()));
        Assert.Equal("orders", bodies[0].GetProperty("alert").GetString());
        Assert.Equal("주문 2", bodies[0].GetProperty("text").GetString());
        Assert.All(receiver.Received, r => Assert.Equal("/hook/orders", r.Path));
        Assert.Equal(4, receiver.Seen);
    }

    [Fact]
    public async Task Telegram_SendMessage_ChatAndTextSentTokenNeverLogged()
    {
        await using var receiver = await HttpReceiver.StartAsync();
        receiver.FailFirst = 1;
        await using var run = await RunAsync(new NotificationOptions
        {
            Telegram = new TelegramTarget { BotToken = Token, ChatId = "-100200300", BaseUrl = receiver.BaseUrl, Categories = "fills" },
        });

        run.Notifier.Publish(Message(7, "fills"));
        run.Notifier.Publish(Message(8, "system"));

        await Eventually.TrueAsync(() => !receiver.Received.IsEmpty, "the bot's message", Limit);
        var (path, body) = Assert.Single(receiver.Received);
        Assert.Equal($"/bot{Token}/sendMessage", path);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("-100200300", json.GetProperty("chat_id").GetString());
        Assert.Equal("[fills] 주문 7", json.GetProperty("text").GetString());
        Assert.NotEmpty(run.Logs.Lines);
        Assert.DoesNotContain(run.Logs.Lines, l => l.Contains("AAE-secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Telegram_ReceiverRefuses_GivenUpWithoutTheTokenInTheLog()
    {
        await using var receiver = await HttpReceiver.StartAsync();
        receiver.AlwaysStatus = 500;
        await using var run = await RunAsync(new NotificationOptions
        {
            MaxAttempts = 3,
            Telegram = new TelegramTarget { BotToken = Token, ChatId = "42", BaseUrl = receiver.BaseUrl },
        });

        run.Notifier.Publish(Message(9, "risk"));

        await Eventually.TrueAsync(() => run.Logs.Lines.Any(l => l.Contains("given up", StringComparison.Ordinal)), "the give-up line", Limit);
        Assert.Equal(3, receiver.Seen);
        Assert.DoesNotContain(run.Logs.Lines, l => l.Contains("AAE-secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Queue_Full_DropsTheOldestAndCountsThem()
    {
        await using var receiver = await HttpReceiver.StartAsync();
        receiver.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var run = await RunAsync(new NotificationOptions { QueueCapacity = 2, AttemptTimeout = TimeSpan.FromMinutes(2), Webhooks = [new WebhookTarget { Url = receiver.BaseUrl }] });
        var channel = Assert.Single(run.Notifier.Channels);

        run.Notifier.Publish(Message(1, "orders"));
        await Eventually.TrueAsync(() => receiver.Seen == 1, "the first notification in flight", Limit);
        for (var i = 2; i <= 6; i++)
        {
            run.Notifier.Publish(Message(i, "orders"));
        }

        Assert.Equal(3, channel.DroppedCount);
        receiver.Hold.SetResult();
        await Eventually.TrueAsync(() => receiver.Received.Count == 3, () => $"3 deliveries, got {receiver.Received.Count}", Limit);
        Assert.Equal([1L, 5L, 6L], receiver.Received.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("sequence").GetInt64()));
    }

    [Fact]
    public void Options_HalfConfiguredBotOrUnknownCategory_Refused()
    {
        var problems = NotificationExtensions.Problems(new NotificationOptions
        {
            Webhooks = [new WebhookTarget { Url = new Uri("ftp://example.com/"), Categories = "orders,trades" }],
            Telegram = new TelegramTarget { BotToken = Token },
        }, "KisTrader:Web").ToList();

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("Webhooks:0:Url", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'trades' is not an alert category", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("both BotToken and ChatId", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("AAE-secret", StringComparison.Ordinal));
    }

    private static EventMessage Message(long sequence, string alert) =>
        new(sequence, "Order", alert, "subject", "OrderChanged", new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(9)), new DateOnly(2026, 11, 23),
            $"주문 {sequence}", JsonDocument.Parse("{\"type\":\"OrderChanged\"}").RootElement);

    private static async Task<Run> RunAsync(NotificationOptions options)
    {
        options.FirstRetryDelay = TimeSpan.FromMilliseconds(20);
        var logs = new CapturingLogger();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton(TimeProvider.System);
        services.AddKisTraderNotifications(options);
        var provider = services.BuildServiceProvider();
        var notifier = provider.GetRequiredService<Notifier>();
        await notifier.StartAsync(Ct);
        return new Run(provider, notifier, logs);
    }

    private sealed record Run(ServiceProvider Provider, Notifier Notifier, CapturingLogger Logs) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Notifier.StopAsync(CancellationToken.None);
            await Provider.DisposeAsync();
        }
    }
}
