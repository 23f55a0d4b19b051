using Microsoft.Extensions.Options;

namespace KisTrader.Grains.Orders;

/// <summary>The data annotations of <see cref="OrderOptions"/>, checked by the built-in source generator.</summary>
[OptionsValidator]
internal sealed partial class OrderOptionsValidator : IValidateOptions<OrderOptions>;
