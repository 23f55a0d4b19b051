using Microsoft.Extensions.Logging;

namespace KisTrader.Grains.Accounts;

/// <summary>Log lines of the account grain (EventIds 1450–1469). Accounts appear only by grain key or masked.</summary>
internal static partial class AccountLog
{
    [LoggerMessage(EventId = 1450, Level = LogLevel.Information, Message = "Account {AccountKey}: refreshed at {At:O}: settled cash {SettledCash}, orderable cash {OrderableCash}, {Holdings} holdings")]
    public static partial void AccountRefreshed(this ILogger logger, string accountKey, DateTimeOffset at, decimal settledCash, decimal orderableCash, int holdings);

    [LoggerMessage(EventId = 1451, Level = LogLevel.Error, Message = "Account grain {AccountKey} is not the account this silo trades ({Configured}); refused")]
    public static partial void AccountMismatch(this ILogger logger, string accountKey, string configured);
}
