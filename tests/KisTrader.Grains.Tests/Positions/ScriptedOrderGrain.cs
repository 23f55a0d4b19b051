using System.Collections.Immutable;
using KisTrader.GrainInterfaces;
using KisTrader.Trading.Orders;

namespace KisTrader.Grains.Tests.Positions;

/// <summary>
/// TEST-ONLY stand-in for the real OrderGrain (branch w/orders), implementing the <see cref="IOrderGrain"/> contract: it
/// fills as the <see cref="OrderScript"/> says, keeps its view in memory, and tells its owner every change with the
/// one-way <see cref="IPositionGrain.OnOrderChangedAsync"/>, like the real one. Once the real OrderGrain is merged, this
/// class must go (two implementations of IOrderGrain are ambiguous) and these tests run on the real grain + simulator.
/// </summary>
public sealed class ScriptedOrderGrain(OrderScript script, TimeProvider clock) : Grain, IOrderGrain, IScriptedOrderControl
{
    private OrderIntent? _intent;
    private OrderState _state = OrderState.Intent;
    private ImmutableArray<OrderFillView> _fills = [];
    private DateTimeOffset _updatedAt;

    private string Id => this.GetPrimaryKeyString();

    public Task<OrderView> PlaceAsync(OrderIntent intent)
    {
        ArgumentNullException.ThrowIfNull(intent);
        script.Record(new OrderCall(Id, "Place", clock.GetUtcNow(), intent, null));
        if (_intent is not null)
        {
            return _intent == intent ? Task.FromResult(View()) : throw new InvalidOperationException($"{Id} holds a different intent");
        }

        _intent = intent;
        _state = OrderState.Accepted;
        var plan = script.PlanOf(Id);
        if (plan.FillOnPlace is { } price)
        {
            AddFill($"{Id}#1", plan.QuantityOnPlace ?? intent.Quantity, price);
        }

        return TellAsync();
    }

    public Task<OrderView> CancelAsync(string reason)
    {
        script.Record(new OrderCall(Id, "Cancel", clock.GetUtcNow(), null, reason));
        if (!View().IsFinished)
        {
            _state = OrderState.Cancelled;
        }

        return TellAsync();
    }

    public Task<OrderView> ConvertToMarketAsync(string reason)
    {
        script.Record(new OrderCall(Id, "ConvertToMarket", clock.GetUtcNow(), null, reason));
        if (!View().IsFinished && script.PlanOf(Id).FillOnConvert is { } price)
        {
            AddFill($"{Id}#m", _intent!.Quantity - Filled, price);
        }

        return TellAsync();
    }

    public Task<OrderView> RefreshAsync() => Task.FromResult(View());

    public ValueTask<OrderView> GetAsync() => ValueTask.FromResult(View());

    public async Task FillAsync(string fillKey, long quantity, decimal price)
    {
        if (!_fills.Any(f => f.FillKey == fillKey))
        {
            AddFill(fillKey, quantity, price);
        }

        await TellAsync();
    }

    private long Filled => _fills.Sum(f => f.Quantity);

    private void AddFill(string key, long quantity, decimal price)
    {
        _fills = _fills.Add(new OrderFillView(key, quantity, price, clock.GetUtcNow(), false));
        _state = Filled >= _intent!.Quantity ? OrderState.Filled : OrderState.PartiallyFilled;
    }

    private async Task<OrderView> TellAsync()
    {
        _updatedAt = clock.GetUtcNow();
        var view = View();
        if (_intent?.OwnerKey is { } owner)
        {
            await GrainFactory.GetGrain<IPositionGrain>(owner).OnOrderChangedAsync(view);
        }

        return view;
    }

    private OrderView View()
    {
        var filled = Filled;
        decimal? average = filled == 0 ? null : _fills.Sum(f => f.Price * f.Quantity) / filled;
        return new OrderView(_intent, _state, _intent is null ? null : "0000" + Id.GetHashCode(StringComparison.Ordinal).ToString("x8", System.Globalization.CultureInfo.InvariantCulture),
            null, filled, average, _fills, _intent is null ? 0 : 1, null, null, _updatedAt);
    }
}
