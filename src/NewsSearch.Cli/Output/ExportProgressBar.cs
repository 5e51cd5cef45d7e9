using System.Globalization;
using NewsSearch.Export;

namespace NewsSearch.Cli.Output;

/// <summary>An export's progress on stderr, redrawn in place, only when stderr is a terminal (a script's stderr gets
/// nothing but, with --verbose, a debug line every 1,024 rows); at most ten redraws a second.</summary>
internal sealed class ExportProgressBar(TextWriter output, bool terminal, Serilog.ILogger? log = null) : IProgress<ExportProgress>, IDisposable
{
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(100);
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private TimeSpan? _last;
    private bool _drawn;

    public static ExportProgressBar ForStandardError(Serilog.ILogger log) => new(Console.Error, !Console.IsErrorRedirected, log);

    public void Report(ExportProgress value)
    {
        if (!terminal && value.Rows > 0 && value.Rows % 1024 == 0)
        {
            log?.Debug("Exported {Rows} of {Total} articles", value.Rows, value.Total);
        }

        if (!terminal || (_last is { } last && _clock.Elapsed - last < RedrawEvery && value.Rows < value.Total))
        {
            return;
        }

        _last = _clock.Elapsed;
        output.Write("\r\u001b[K" + Line(value));
        _drawn = true;
    }

    /// <summary>Clears the line, so what follows starts on a clean one.</summary>
    public void Dispose()
    {
        if (_drawn)
        {
            output.Write("\r\u001b[K");
            _drawn = false;
        }
    }

    /// <summary><c>exporting: 1,024 / 4,628 articles (22%)</c>.</summary>
    internal static string Line(ExportProgress p) => string.Create(CultureInfo.InvariantCulture,
        $"exporting: {p.Rows:N0} / {p.Total:N0} articles ({(p.Total > 0 ? 100.0 * p.Rows / p.Total : 100):0}%)");
}
