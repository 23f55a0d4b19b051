using KisTrader.Trading.Orders;

namespace KisTrader.Trading.Tests.OrderTests;

/// <summary>Every order state × every event: the allowed transitions are exactly this table; everything else is refused.</summary>
public sealed class OrderLifecycleTransitionTests
{
    private static readonly Dictionary<(OrderState, OrderEvent), OrderState> Allowed = new()
    {
        [(OrderState.Intent, OrderEvent.Submit)] = OrderState.Submitting,
        [(OrderState.Intent, OrderEvent.GateRefused)] = OrderState.Rejected,
        [(OrderState.Intent, OrderEvent.Cancelled)] = OrderState.Cancelled,
        [(OrderState.Intent, OrderEvent.SessionEnded)] = OrderState.Expired,
        [(OrderState.Intent, OrderEvent.GaveUp)] = OrderState.Rejected,
        [(OrderState.Submitting, OrderEvent.Accepted)] = OrderState.Accepted,
        [(OrderState.Submitting, OrderEvent.BusinessRejected)] = OrderState.Rejected,
        [(OrderState.Submitting, OrderEvent.NotSent)] = OrderState.Intent,
        [(OrderState.Submitting, OrderEvent.GaveUp)] = OrderState.Rejected,
        [(OrderState.Submitting, OrderEvent.OutcomeUnknown)] = OrderState.OutcomeUnknown,
        [(OrderState.OutcomeUnknown, OrderEvent.Found)] = OrderState.Accepted,
        [(OrderState.OutcomeUnknown, OrderEvent.ProvenAbsent)] = OrderState.Intent,
        [(OrderState.OutcomeUnknown, OrderEvent.LookupAmbiguous)] = OrderState.Ambiguous,
        [(OrderState.Accepted, OrderEvent.PartFilled)] = OrderState.PartiallyFilled,
        [(OrderState.Accepted, OrderEvent.FullyFilled)] = OrderState.Filled,
        [(OrderState.Accepted, OrderEvent.Cancelled)] = OrderState.Cancelled,
        [(OrderState.Accepted, OrderEvent.SessionEnded)] = OrderState.Expired,
        [(OrderState.Accepted, OrderEvent.BusinessRejected)] = OrderState.Rejected,
        [(OrderState.PartiallyFilled, OrderEvent.PartFilled)] = OrderState.PartiallyFilled,
        [(OrderState.PartiallyFilled, OrderEvent.FullyFilled)] = OrderState.Filled,
        [(OrderState.PartiallyFilled, OrderEvent.Cancelled)] = OrderState.Cancelled,
        [(OrderState.PartiallyFilled, OrderEvent.SessionEnded)] = OrderState.Expired,
        [(OrderState.Cancelled, OrderEvent.PartFilled)] = OrderState.Cancelled,
        [(OrderState.Cancelled, OrderEvent.FullyFilled)] = OrderState.Filled,
        [(OrderState.Expired, OrderEvent.PartFilled)] = OrderState.Expired,
        [(OrderState.Expired, OrderEvent.FullyFilled)] = OrderState.Filled,
    };

    public static TheoryData<OrderState, OrderEvent> EveryPair()
    {
        var data = new TheoryData<OrderState, OrderEvent>();
        foreach (var state in Enum.GetValues<OrderState>())
        {
            foreach (var e in Enum.GetValues<OrderEvent>())
            {
                data.Add(state, e);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Next_EveryStateAndEvent_FollowsTheTable(OrderState state, OrderEvent e)
    {
        var transition = OrderLifecycle.Next(state, e);

        if (Allowed.TryGetValue((state, e), out var expected))
        {
            Assert.Equal(OrderTransition.To(expected), transition);
        }
        else
        {
            Assert.Equal(OrderTransition.Refused(state), transition);
        }
    }

    [Fact]
    public void Next_TheTable_Has140PairsAnd26Allowed()
    {
        var pairs = EveryPair().Select(row => OrderLifecycle.Next(row.Data.Item1, row.Data.Item2)).ToList();

        Assert.Equal(10 * 14, pairs.Count);
        Assert.Equal(26, pairs.Count(t => t.Allowed));
    }

    [Theory]
    [InlineData(OrderState.Filled)]
    [InlineData(OrderState.Rejected)]
    [InlineData(OrderState.Ambiguous)]
    public void Next_FinishedWithoutALateFill_RefusesEveryEvent(OrderState state)
    {
        Assert.All(Enum.GetValues<OrderEvent>(), e => Assert.False(OrderLifecycle.Next(state, e).Allowed));
    }

    [Theory]
    [InlineData(OrderState.Intent, false, false, true)]
    [InlineData(OrderState.Submitting, false, false, true)]
    [InlineData(OrderState.Accepted, false, true, true)]
    [InlineData(OrderState.PartiallyFilled, false, true, true)]
    [InlineData(OrderState.Filled, true, true, false)]
    [InlineData(OrderState.Rejected, true, false, false)]
    [InlineData(OrderState.Cancelled, true, true, false)]
    [InlineData(OrderState.Expired, true, true, false)]
    [InlineData(OrderState.OutcomeUnknown, false, false, true)]
    [InlineData(OrderState.Ambiguous, true, false, false)]
    public void Predicates_EveryState_AreTheDocumentedOnes(OrderState state, bool finished, bool atBroker, bool working)
    {
        Assert.Equal((finished, atBroker, working), (OrderLifecycle.IsFinished(state), OrderLifecycle.AtBroker(state), OrderLifecycle.IsWorking(state)));
    }
}
