using KisTrader.Kis.Configuration;
using KisTrader.Kis.Transport;
using KisTrader.Kis.Work;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace KisTrader.Kis.Resilience;

/// <summary>
/// The Polly v8 pipelines of one app key (style.md G12), on the injected <see cref="TimeProvider"/>.
/// Queries: retry (exponential backoff with jitter) on transient failures only — network, timeouts, 5xx without a
/// business envelope, gateway server errors (EGW00002) and EGW00201, the last with RateLimitRetries more — around a circuit breaker around each attempt.
/// Orders and cancels: a circuit breaker, and NO retry except after EGW00201, which the gateway answers before the
/// order desk sees the order (a definite "not placed", so a second attempt cannot duplicate it).
/// The timeouts (<see cref="AttemptTimeout"/>) are separate pipelines that the transport applies to the HTTP exchange
/// only, after the rate-limit permit is granted: waiting in the priority queue of a busy budget is not a failure.
/// A retry delay is a wait of the caller's <see cref="WorkScope"/> (<see cref="WorkWaitClock"/>): it lets go of a held
/// simulated clock until the delay is over.
/// </summary>
internal static class KisPipelines
{
    public static ResiliencePipeline Query(KisResilienceOptions options, TimeProvider clock, ILogger logger, string name) =>
        new ResiliencePipelineBuilder { Name = name + "-query", TimeProvider = new WorkWaitClock(clock) }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => new ValueTask<bool>(args.Outcome.Exception is { } e && IsTransient(e) && ShouldRetryQuery(e, args.Context, options)),
                // Both budgets (ShouldRetryQuery keeps each): EGW00201 answers, then the other transient failures.
                MaxRetryAttempts = (2 * Math.Max(1, options.QueryRetries)) + options.RateLimitRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = MaxRetryDelay,
                DelayGenerator = RateLimitDelay(options),
                OnRetry = args =>
                {
                    logger.Retrying(name, args.AttemptNumber + 1, Reason(args.Outcome.Exception), args.RetryDelay);
                    return default;
                },
            })
            .AddCircuitBreaker(Breaker(options, logger))
            .Build();

    // Two budgets per call, each counted on its own: EGW00201 answers are retried while there were at most QueryRetries +
    // RateLimitRetries of them, other transient failures while there were at most QueryRetries of them. Neither uses up
    // the other: a 500 after a 12-answer burst is retried (found by the multi-process broker-fault survival test, twice:
    // first the burst's answers counted as transient failures, then the burst used up the attempts Polly allowed in all,
    // and an order gate refused a take-profit sell for want of a quote).
    private static bool ShouldRetryQuery(Exception e, ResilienceContext context, KisResilienceOptions options)
    {
        var retries = Math.Max(1, options.QueryRetries);
        if (e is KisApiException { IsRateLimited: true })
        {
            var answers = context.Properties.GetValue(RateLimitAnswers, 0) + 1;
            context.Properties.Set(RateLimitAnswers, answers);
            return answers <= retries + options.RateLimitRetries;
        }

        var failures = context.Properties.GetValue(TransientFailures, 0) + 1;
        context.Properties.Set(TransientFailures, failures);
        return failures <= retries;
    }

    private static readonly ResiliencePropertyKey<int> RateLimitAnswers = new("KisTrader.Kis.RateLimitAnswers");
    private static readonly ResiliencePropertyKey<int> TransientFailures = new("KisTrader.Kis.TransientFailures");

    /// <summary>Queries with retries disabled (QueryRetries = 0): the same breaker, no retry strategy.</summary>
    public static ResiliencePipeline QueryWithoutRetry(KisResilienceOptions options, TimeProvider clock, ILogger logger, string name) =>
        new ResiliencePipelineBuilder { Name = name + "-query", TimeProvider = clock }
            .AddCircuitBreaker(Breaker(options, logger))
            .Build();

    /// <summary>The timeout of one HTTP exchange (query or order), applied while the permit is held.</summary>
    public static ResiliencePipeline AttemptTimeout(TimeSpan timeout, TimeProvider clock, string name) =>
        new ResiliencePipelineBuilder { Name = name + "-timeout", TimeProvider = clock }
            .AddTimeout(timeout)
            .Build();

    public static ResiliencePipeline Order(KisResilienceOptions options, TimeProvider clock, ILogger logger, string name) =>
        new ResiliencePipelineBuilder { Name = name + "-order", TimeProvider = new WorkWaitClock(clock) }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<KisApiException>(e => e.IsRateLimited),
                MaxRetryAttempts = 2,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                OnRetry = args =>
                {
                    logger.Retrying(name + " order", args.AttemptNumber + 1, Reason(args.Outcome.Exception), args.RetryDelay);
                    return default;
                },
            })
            .AddCircuitBreaker(Breaker(options, logger))
            .Build();

    /// <summary>
    /// After an EGW00201 from the third attempt on, the base delay (not doubled: the budget's own back-off paces the key,
    /// and a doubling delay over a long burst would reach the 30-s cap). After another transient failure, the exponential
    /// backoff of the n-th such failure of the call (base × 2ⁿ⁻¹, ±25 % jitter, at most 30 s), not of the attempt number:
    /// a 500 right after a six-answer burst waits ~200 ms, not the ~10 s of a seventh attempt (seen in the multi-process
    /// broker-fault run, where it held an exit sell's order-gate quote for 10 s). Otherwise Polly's exponential backoff.
    /// </summary>
    private static Func<RetryDelayGeneratorArguments<object>, ValueTask<TimeSpan?>> RateLimitDelay(KisResilienceOptions options) =>
        args => new ValueTask<TimeSpan?>(args.Outcome.Exception switch
        {
            KisApiException { IsRateLimited: true } => args.AttemptNumber >= 2 ? options.RetryBaseDelay : null,
            not null when args.Context.Properties.GetValue(TransientFailures, 0) is var failures and > 0 => TransientDelay(options.RetryBaseDelay, failures),
            _ => null,
        });

    /// <summary>The delay before retrying after the <paramref name="failures"/>-th transient failure (1-based).</summary>
    private static TimeSpan TransientDelay(TimeSpan baseDelay, int failures)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failures - 1, 16));
#pragma warning disable CA5394 // jitter of a retry delay, not security
        var jittered = exponential * (0.75 + (Random.Shared.NextDouble() * 0.5));
#pragma warning restore CA5394
        return TimeSpan.FromMilliseconds(Math.Min(jittered, MaxRetryDelay.TotalMilliseconds));
    }

    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    /// <summary>Failures a retry may cure. Business errors (rt_cd ≠ 0 with a decision code) are never transient.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        KisTransportException transport => transport.IsTransient,
        KisApiException api => api.IsRateLimited || api.IsServerError,
        TimeoutRejectedException => true,
        HttpRequestException => true,
        _ => false,
    };

    private static CircuitBreakerStrategyOptions Breaker(KisResilienceOptions options, ILogger logger) => new()
    {
        // EGW00201 is our pacing problem, not the broker being down: it must not open the circuit.
        ShouldHandle = new PredicateBuilder().Handle<Exception>(e => IsTransient(e) && e is not KisApiException { IsRateLimited: true }),
        FailureRatio = options.BreakerFailureRatio,
        MinimumThroughput = options.BreakerMinimumThroughput,
        SamplingDuration = options.BreakerSamplingDuration,
        BreakDuration = options.BreakerBreakDuration,
        OnOpened = args =>
        {
            logger.CircuitOpened(args.BreakDuration);
            return default;
        },
    };

    private static string Reason(Exception? exception) => exception switch
    {
        KisApiException api => api.MsgCd,
        KisTransportException transport => transport.HttpStatus == 0 ? "network" : $"HTTP {transport.HttpStatus}",
        TimeoutRejectedException => "timeout",
        null => "(none)",
        _ => exception.GetType().Name,
    };
}
