using System.Diagnostics;

namespace KisTrader.Survival;

/// <summary>
/// One process of a multi-process test cluster: <c>dotnet &lt;dll&gt; args</c> with a chosen environment (nothing of the
/// caller's KisTrader, KIS, simulator or database settings leaks in), every output line kept with the instant it
/// arrived (on the run's stopwatch) and copied to a log file, and <see cref="Kill"/> = SIGKILL (<c>kill -9</c>).
/// </summary>
internal sealed class ClusterProcess : IAsyncDisposable
{
    private static readonly string[] Scrubbed = ["KisTrader__", "Kis__", "ConnectionStrings__", "Simulator__", "Market__", "ASPNETCORE_", "DOTNET_ENVIRONMENT", "Logging__"];
    private readonly Process _process;
    private readonly Stopwatch _run;
    private readonly StreamWriter _log;
    private readonly List<(TimeSpan At, string Line)> _lines = [];
    private readonly Lock _gate = new();
    private bool _closed;

    private ClusterProcess(string name, Process process, Stopwatch run, StreamWriter log)
    {
        Name = name;
        _process = process;
        _run = run;
        _log = log;
    }

    public string Name { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>When it was killed (on the run's stopwatch), or null.</summary>
    public TimeSpan? KilledAt { get; private set; }

    /// <summary>Every line so far.</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return string.Join('\n', _lines.Select(l => l.Line));
            }
        }
    }

    public static ClusterProcess Start(string name, string dll, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, Stopwatch run, string logDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var key in start.Environment.Keys.Where(k => Scrubbed.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var log = new StreamWriter(Path.Combine(logDirectory, name + ".log")) { AutoFlush = true };
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var child = new ClusterProcess(name, process, run, log);
        process.OutputDataReceived += (_, e) => child.Add(e.Data);
        process.ErrorDataReceived += (_, e) => child.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>SIGKILL: the process gets no chance to deregister or finish anything (<c>kill -9</c>).</summary>
    public void Kill()
    {
        KilledAt = _run.Elapsed;
        _process.Kill(entireProcessTree: false);
    }

    /// <summary>The lines that arrived from <paramref name="after"/> (inclusive) to <paramref name="before"/> (exclusive; default: all so far).</summary>
    public IReadOnlyList<(TimeSpan At, string Line)> Lines(TimeSpan after = default, TimeSpan? before = null)
    {
        lock (_gate)
        {
            return [.. _lines.Where(l => l.At >= after && (before is null || l.At < before))];
        }
    }

    /// <summary>The first line at or after <paramref name="after"/> that contains <paramref name="text"/>, with its instant.</summary>
    public (TimeSpan At, string Line)? Find(string text, TimeSpan after = default)
    {
        lock (_gate)
        {
            foreach (var line in _lines)
            {
                if (line.At >= after && line.Line.Contains(text, StringComparison.Ordinal))
                {
                    return line;
                }
            }
        }

        return null;
    }

    /// <summary>Waits for a line containing <paramref name="text"/>; fails naming it when the time is up or the process ended.</summary>
    public async Task<(TimeSpan At, string Line)> WaitForAsync(string text, TimeSpan timeout, CancellationToken cancellationToken, TimeSpan after = default)
    {
        var deadline = _run.Elapsed + timeout;
        while (true)
        {
            if (Find(text, after) is { } found)
            {
                return found;
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited (code {_process.ExitCode}) before printing '{text}'; its last lines:\n{Tail()}");
            }

            if (_run.Elapsed > deadline)
            {
                throw new TimeoutException($"{Name} did not print '{text}' within {timeout.TotalSeconds:0} s; its last lines:\n{Tail()}");
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    /// <summary>Waits for the process to exit and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cancel.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{Name} did not exit within {timeout.TotalSeconds:0} s; its last lines:\n{Tail()}");
        }

        return _process.ExitCode;
    }

    public string Tail(int count = 40)
    {
        lock (_gate)
        {
            return string.Join('\n', _lines.Skip(Math.Max(0, _lines.Count - count)).Select(l => l.Line));
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            // Already gone.
        }

        _process.Dispose();
        lock (_gate)
        {
            _closed = true;
            _log.Dispose();
        }
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            _lines.Add((_run.Elapsed, line));
            _log.WriteLine(line);
        }
    }
}
