using System.IO.Pipelines;

namespace KisTrader.Kis.Simulator.Hosting;

/// <summary>A connection transport with its output replaced (see <see cref="LowerCaseHeaderPipeWriter"/>).</summary>
internal sealed class FilteredDuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
{
    public PipeReader Input { get; } = input;

    public PipeWriter Output { get; } = output;
}
