using KisTrader.Kis.Simulator.Market;
using KisTrader.Silo.Replay;
using KisTrader.Trading.AfterHours;
using KisTrader.Trading.Options;
using KisTrader.Trading.Screening.Selection;
using KisTrader.Trading.Time;

namespace KisTrader.Silo.Tests;

/// <summary>The replay over the simulator's default market (seed 42): the inputs it reads must equal the market's own numbers, and its decisions must follow the rules.</summary>
public sealed class StrategyReplayTests : IClassFixture<StrategyReplayTests.Seed42>
{
    private static readonly DateOnly Day = new(2026, 11, 24);
    private readonly Seed42 _fixture;

    public StrategyReplayTests(Seed42 fixture) => _fixture = fixture;

    public sealed class Seed42
    {
        public Seed42()
        {
            Market = new SimMarket(new SimMarketOptions { Seed = 42 });
            Replay = new StrategyReplay(new StrategyOptions(), new SimulatedMarketData(Market));
            Report = Replay.Run(Day);
        }

        internal SimMarket Market { get; }

        internal StrategyReplay Replay { get; }

        internal ReplayReport Report { get; }
    }

    [Fact]
    public void Inputs_equal_the_markets_own_numbers_after_the_close()
    {
        var data = new SimulatedMarketData(_fixture.Market);
        var session = _fixture.Market.Session(Day);
        var at = session.At(session.Close).AddMinutes(1);
        var inputs = data.ScreeningInputs(Day, 20, _ => true).ToDictionary(i => i.Code);

        Assert.Equal(_fixture.Market.Listings.Count, inputs.Count);
        var samsung = inputs["005930"];
        var closing = _fixture.Market.ClosingAuction("005930", Day, at);
        Assert.NotNull(closing);
        Assert.Equal(closing.Price, samsung.Close);
        Assert.Equal(_fixture.Market.Basis("005930", Day)!.BasePrice, samsung.PreviousClose);
        Assert.Equal(20, samsung.PreviousVolumes!.Count);
        var daily = _fixture.Market.DailyBars("005930", Day.AddDays(-60), Day.AddDays(-1), at);
        Assert.Equal(daily.Take(20).Reverse().Select(d => d.Volume), samsung.PreviousVolumes);
        Assert.Equal(_fixture.Market.MinuteBars("005930", at).Sum(b => b.Volume), samsung.MinuteBars!.Sum(b => b.Volume));
        Assert.True(samsung.DayVolume >= samsung.MinuteBars!.Sum(b => b.Volume), "the day volume includes the closing auction");
    }

    [Fact]
    public void Only_listings_that_pass_the_base_filters_get_history_and_minute_bars()
    {
        var data = new SimulatedMarketData(_fixture.Market);
        var inputs = data.ScreeningInputs(Day, 20, i => i.Code == "005930");

        Assert.Contains(inputs, i => i.Code != "005930");
        Assert.All(inputs.Where(i => i.Code != "005930"), i => Assert.Null(i.MinuteBars));
        Assert.NotNull(inputs.Single(i => i.Code == "005930").MinuteBars);
    }

    [Fact]
    public void The_screen_keeps_between_min_and_max_candidates_or_the_loosest_level()
    {
        var screen = _fixture.Report.Screen;

        Assert.Equal(_fixture.Market.Listings.Count, _fixture.Report.UniverseSize);
        Assert.Single(screen.Attempts, a => a.Kept);
        Assert.True(screen.Candidates.Length is >= 3 and <= 19 || screen.FinalLevel is Trading.Screening.Conditions.ScreeningLevel.Relax3);
        Assert.Equal(screen.Candidates.OrderByDescending(c => c.Score).ThenByDescending(c => c.DayTradingValue).ThenBy(c => c.Code, StringComparer.Ordinal).Select(c => c.Code),
            screen.Candidates.Select(c => c.Code));
        Assert.Equal(Math.Min(5, screen.Candidates.Length), screen.Selection.Selected.Length);
    }

    [Fact]
    public void Every_buy_is_at_or_above_its_threshold_sized_by_its_allocation_and_one_per_symbol()
    {
        var report = _fixture.Report;
        var buys = report.Buys.ToList();

        Assert.Equal(buys.Select(b => b.Code).Distinct().Count(), buys.Count);
        foreach (var buy in buys)
        {
            Assert.True(buy.Change >= buy.Threshold, $"{buy.Code}: change {buy.Change} below threshold {buy.Threshold}");
            Assert.NotNull(buy.OrderPrice);
            var amount = report.Screen.Allocation.AmountFor(buy.Code) is > 0m and var a ? a : report.Research!.Allocation.AmountFor(buy.Code);
            Assert.True(buy.Quantity <= Allocator.Quantity(amount, buy.OrderPrice.Value));
            Assert.True(buy.OrderPrice <= buy.Close * 1.10m);
        }
    }

    [Fact]
    public void Checkpoints_are_evaluated_in_order_and_the_threshold_never_drops_below_the_floor()
    {
        var checkpoints = _fixture.Report.Checkpoints;

        Assert.Equal([new TimeOnly(16, 0), new TimeOnly(16, 30), new TimeOnly(17, 0), new TimeOnly(17, 30)], checkpoints.Select(c => c.Checkpoint));
        Assert.All(checkpoints, c => Assert.True(c.NextThreshold >= 0.01m));
        for (var i = 1; i < checkpoints.Length; i++)
        {
            Assert.Equal(checkpoints[i - 1].NextThreshold, checkpoints[i].Threshold);
        }
    }

    [Fact]
    public void A_research_is_only_run_when_nothing_was_bought_by_17_00()
    {
        var report = _fixture.Report;
        var boughtBy1700 = report.Checkpoints.Where(c => c.Checkpoint <= new TimeOnly(17, 0))
            .SelectMany(c => c.Decisions).Any(d => d.Action == AfterHoursAction.Buy);

        Assert.Equal(!boughtBy1700 && !report.Screen.Candidates.IsEmpty, report.Research is not null);
    }

    [Fact]
    public void The_latest_completed_session_is_today_only_after_18_00_kst()
    {
        var friday = new DateOnly(2026, 11, 27);
        Assert.Equal(new DateOnly(2026, 11, 26), _fixture.Replay.LatestCompletedSession(KrxTime.At(friday, new TimeOnly(17, 59))));
        Assert.Equal(friday, _fixture.Replay.LatestCompletedSession(KrxTime.At(friday, new TimeOnly(18, 0))));
        Assert.Equal(friday, _fixture.Replay.LatestCompletedSession(KrxTime.At(new DateOnly(2026, 11, 29), new TimeOnly(12, 0)))); // Sunday
    }

    [Fact]
    public void A_closed_day_is_refused_with_its_reason()
    {
        var ex = Assert.Throws<ArgumentException>(() => _fixture.Replay.Run(new DateOnly(2026, 11, 29)));

        Assert.Contains("2026-11-29 is not a KRX trading day", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_printed_report_shows_the_trail_the_candidates_and_the_decisions()
    {
        using var writer = new StringWriter();
        ReplayPrinter.Print(_fixture.Report, writer);
        var text = writer.ToString();

        Assert.Contains("== Session 2026-11-24", text, StringComparison.Ordinal);
        foreach (var attempt in _fixture.Report.Screen.Attempts)
        {
            Assert.Contains($"{attempt.Step}. {attempt.Level}", text, StringComparison.Ordinal);
        }

        foreach (var candidate in _fixture.Report.Screen.Candidates)
        {
            Assert.Contains(candidate.Code, text, StringComparison.Ordinal);
        }

        Assert.Contains("16:00 threshold +2.00%", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_replay_of_this_day_has_buys_so_the_holding_checks_below_are_not_vacuous()
    {
        Assert.NotEmpty(_fixture.Report.Positions.Where(p => p.Trade is not null));
    }

    [Fact]
    public void A_buy_fills_at_an_after_hours_match_at_or_below_its_limit_after_the_order()
    {
        var data = new SimulatedMarketData(_fixture.Market);
        foreach (var position in _fixture.Report.Positions.Where(p => p.Entry is not null))
        {
            var entry = position.Entry!;
            Assert.True(entry.Price <= position.Order.OrderPrice);
            Assert.Equal(position.Order.Quantity, entry.Quantity);
            Assert.Contains((entry.Time, entry.Price), data.AfterHoursMatches(position.Code, Day));
        }
    }

    [Fact]
    public void Exits_sell_exactly_what_was_bought_on_the_holding_day_in_the_right_windows()
    {
        var data = new SimulatedMarketData(_fixture.Market);
        var holding = _fixture.Report.NextTradingDay;
        foreach (var position in _fixture.Report.Positions.Where(p => p.Entry is not null))
        {
            Assert.Equal(position.Entry!.Quantity, position.Exits.Sum(e => e.Fill.Quantity));
            foreach (var exit in position.Exits)
            {
                var time = KrxTime.TimeOf(exit.Fill.Time);
                Assert.Equal(holding, KrxTime.DateOf(exit.Fill.Time));
                switch (exit.Reason)
                {
                    case Trading.Exits.ExitReason.TakeProfit:
                        Assert.True(time >= new TimeOnly(9, 0) && time < new TimeOnly(13, 0), $"take profit at {time}");
                        break;
                    case Trading.Exits.ExitReason.PartialTakeProfit:
                        Assert.True(time >= new TimeOnly(13, 0) && time < new TimeOnly(15, 20), $"partial at {time}");
                        break;
                    case Trading.Exits.ExitReason.FlatRangeExit:
                        Assert.True(time >= new TimeOnly(15, 0) && time < new TimeOnly(15, 20), $"flat-range exit at {time}");
                        break;
                    case Trading.Exits.ExitReason.ForcedExit:
                        Assert.Equal(new TimeOnly(15, 30), time);
                        Assert.Equal(data.ClosingPrice(position.Code, holding), exit.Fill.Price);
                        break;
                    case Trading.Exits.ExitReason.StopLoss:
                        Assert.True(exit.Fill.Price <= position.Entry.Price * 0.97m, $"stop loss at {exit.Fill.Price} for an entry at {position.Entry.Price}");
                        break;
                    default:
                        Assert.Fail($"unexpected exit reason {exit.Reason}");
                        break;
                }
            }
        }
    }

    [Fact]
    public void A_trades_net_result_is_its_sells_minus_its_buy_minus_commission_and_tax()
    {
        foreach (var position in _fixture.Report.Positions.Where(p => p.Trade is not null))
        {
            var buy = position.Entry!.Amount;
            var sells = position.Exits.Sum(e => e.Fill.Amount);
            var commission = Math.Floor(buy * 0.00015m) + position.Exits.Sum(e => Math.Floor(e.Fill.Amount * 0.00015m));
            var tax = position.Exits.Sum(e => Math.Floor(e.Fill.Amount * 0.002m));
            Assert.Equal(sells - buy - commission - tax, position.Trade!.NetPnL);
        }
    }
}
