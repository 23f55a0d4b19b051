using System.Text.RegularExpressions;
using KisTrader.Web.Alerts;
using KisTrader.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace KisTrader.Web.Hubs;

/// <summary>
/// <c>/hubs/trading</c>: live alerts and quotes. A connection (API key as for the REST API; <c>access_token</c> in the
/// query for WebSockets) joins the alert groups of its key's saved preferences at once; it may join and leave alert
/// categories and symbol groups and save its key's preferences. Every method checks its input and answers a
/// <see cref="HubException"/> with the reason. Server methods: <c>event</c>, <c>quote</c>, <c>move</c>, <c>fill</c> (<see cref="HubGroups"/>).
/// </summary>
[Authorize]
public sealed partial class TradingHub(IAlertPreferenceStore preferences, SymbolInterest symbols, MoveAlerts moves, TimeProvider time) : Hub
{
    public override async Task OnConnectedAsync()
    {
        var saved = await preferences.FindAsync(KeyId, Context.ConnectionAborted) ?? AlertPreferences.Default;
        await JoinCategoriesAsync(saved);
        moves.Connected(Context.ConnectionId, KeyId, saved.MinimumMove);
        await base.OnConnectedAsync();
        Telemetry.WebMetrics.Connected();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        symbols.RemoveConnection(Context.ConnectionId);
        moves.Disconnected(Context.ConnectionId);
        Telemetry.WebMetrics.Disconnected();
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>Follows a symbol's quotes (batched, at most 4 a second).</summary>
    public async Task JoinSymbol(string code)
    {
        var symbol = Symbol(code);
        if (!symbols.Add(Context.ConnectionId, symbol))
        {
            throw new HubException($"a connection may follow at most {SymbolInterest.MaxPerConnection} symbols: leave one first");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Symbol(symbol));
    }

    /// <summary>Stops following a symbol's quotes.</summary>
    public async Task LeaveSymbol(string code)
    {
        var symbol = Symbol(code);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, HubGroups.Symbol(symbol));
        symbols.Remove(Context.ConnectionId, symbol);
    }

    /// <summary>Joins an alert category for this connection (signals, orders, fills, exits, risk, system).</summary>
    public Task JoinAlerts(string category) => Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Alert(Category(category)));

    /// <summary>Leaves an alert category for this connection.</summary>
    public Task LeaveAlerts(string category) => Groups.RemoveFromGroupAsync(Context.ConnectionId, HubGroups.Alert(Category(category)));

    /// <summary>The key's saved preferences (or the defaults).</summary>
    public async Task<AlertPreferences> GetAlertPreferences() =>
        await preferences.FindAsync(KeyId, Context.ConnectionAborted) ?? AlertPreferences.Default;

    /// <summary>Saves the key's preferences and makes this connection's alert groups those categories.</summary>
    public async Task<AlertPreferences> SetAlertPreferences(AlertPreferencesInput input)
    {
        if (input is null)
        {
            throw new HubException("preferences are required: {\"minimumMove\": 3, \"categories\": [\"signals\", …]}");
        }

        var (chosen, error) = input.Validate();
        if (chosen is null)
        {
            throw new HubException(error);
        }

        await preferences.SaveAsync(KeyId, chosen, time.GetUtcNow(), Context.ConnectionAborted);
        moves.Changed(KeyId, chosen.MinimumMove);
        foreach (var category in AlertCategories.All)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, HubGroups.Alert(category));
        }

        await JoinCategoriesAsync(chosen);
        return chosen;
    }

    private async Task JoinCategoriesAsync(AlertPreferences chosen)
    {
        foreach (var name in chosen.Categories)
        {
            if (AlertCategories.TryParse(name, out var category))
            {
                await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Alert(category));
            }
        }
    }

    private string KeyId => Context.User?.FindFirst(ApiKeyAuthentication.KeyIdClaim)?.Value
        ?? throw new HubException("this connection has no API key");

    private static string Symbol(string? code)
    {
        var trimmed = code?.Trim().ToUpperInvariant();
        return trimmed is not null && SymbolCode().IsMatch(trimmed)
            ? trimmed
            : throw new HubException($"'{AlertPreferencesInput.Shorten(code)}' is no symbol code: 6 digits or capital letters, e.g. 005930");
    }

    private static AlertCategory Category(string? name) => AlertCategories.TryParse(name, out var category)
        ? category
        : throw new HubException($"unknown alert category '{AlertPreferencesInput.Shorten(name)}': use {string.Join(", ", AlertCategories.All.Select(AlertCategories.Name))}");

    [GeneratedRegex("^[0-9A-Z]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex SymbolCode();
}
