using System.ComponentModel.DataAnnotations;

namespace KisTrader.Kis.Simulator.Gateway;

/// <summary>Gateway behaviour (configuration section <c>Simulator:Gateway</c>).</summary>
public sealed class GatewayOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Simulator:Gateway";

    /// <summary>
    /// HTTP status of business errors with the <c>{"rt_cd":"1",...}</c> envelope (token, rate limit, TR ID, order
    /// rejections). Default 500, as KIS answers (kis-api.md §2.6); some clients report 200 — set 200 to test that reading.
    /// </summary>
    [Range(200, 599)]
    public int BusinessErrorStatus { get; set; } = 500;

    /// <summary>Require the custtype header ("P" or "B"; EGW00208 otherwise). Default true (stricter reading of §2.5).</summary>
    public bool RequireCustType { get; set; } = true;

    /// <summary>Require <c>content-type: application/json</c> on POST calls (EGW00132 otherwise). Default true.</summary>
    public bool RequireJsonContentType { get; set; } = true;
}
