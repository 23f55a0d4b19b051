using KisTrader.Web.Alerts;

namespace KisTrader.Web.Hubs;

/// <summary>The hub's group names and client method names, in one place.</summary>
public static class HubGroups
{
    /// <summary>Client method of a relayed <c>TradingEvent</c> (<see cref="Relay.EventMessage"/>).</summary>
    public const string EventMethod = "event";

    /// <summary>Client method of a batch of quotes of one symbol (<see cref="Relay.QuoteMessage"/>), at most 4 a second.</summary>
    public const string QuoteMethod = "quote";

    /// <summary>
    /// Client method of a quote alert (<see cref="Relay.QuoteMessage"/>): a followed symbol's move reached the connection's
    /// key's minimum move (server-side filter, once per crossing).
    /// </summary>
    public const string MoveMethod = "move";

    /// <summary>Client method of a broker fill notice (<see cref="Relay.FillMessage"/>).</summary>
    public const string FillMethod = "fill";

    /// <summary>The group of an alert category: <c>alerts:signals</c>.</summary>
    public static string Alert(AlertCategory category) => "alerts:" + AlertCategories.Name(category);

    /// <summary>The group of a symbol's quotes: <c>symbol:005930</c>.</summary>
    public static string Symbol(string code) => "symbol:" + code;
}
