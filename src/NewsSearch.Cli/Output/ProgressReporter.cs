using System.Globalization;
using NewsSearch.Indexing;

namespace NewsSearch.Cli.Output;

/// <summary>Shows an indexing run's progress on stderr: a bar redrawn in place (articles per second, current file)
/// when stderr is a terminal, else a plain line now and then, so logs and CI output stay readable.</summary>
internal sealed class ProgressReporter : IProgress<IndexingProgress>, IDisposable
{
    private const int BarWidth = 24;
    private readonly TextWriter _output;
    private readonly bool _terminal;
    private readonly TimeSpan _plainEvery;
    private readonly System.Threading.Lock _lock = new();
    private TimeSpan? _lastPlain;
    private bool _drawn;

    public ProgressReporter(TextWriter output, bool terminal, TimeSpan plainEvery)
    {
        _output = output;
        _terminal = terminal;
        _plainEvery = plainEvery;
    }

    /// <summary>The reporter for this process's stderr: a bar at a terminal, a line every 5 seconds otherwise.</summary>
    public static ProgressReporter ForStandardError() =>
        new(Console.Error, !Console.IsErrorRedirected, TimeSpan.FromSeconds(5));

    public void Report(IndexingProgress value)
    {
        lock (_lock)
        {
            if (_terminal)
            {
                _output.Write("\r\u001b[K" + Bar(value, Width()));
                _drawn = true;
            }
            else if (_lastPlain is null || value.Elapsed - _lastPlain >= _plainEvery)
            {
                _lastPlain = value.Elapsed;
                _output.WriteLine(Line(value));
            }
        }
    }

    private static int Width()
    {
        try
        {
            return Console.WindowWidth is > 20 and var width ? width - 1 : 100;
        }
        catch (IOException)
        {
            // No size to ask for (stdout redirected on some systems): a common terminal width.
            return 100;
        }
    }

    /// <summary>Clears the bar, so the summary starts on a clean line.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            if (_drawn)
            {
                _output.Write("\r\u001b[K");
                _drawn = false;
            }
        }
    }

    /// <summary><c>[########----------------]  45%  13502 articles  2104/s  fr-news.jsonl</c>, cut to the width.</summary>
    internal static string Bar(IndexingProgress p, int width)
    {
        var fraction = Fraction(p);
        var filled = (int)Math.Round(fraction * BarWidth);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('-', BarWidth - filled)}] {fraction * 100,3:0}%  {p.Articles} articles  {p.ArticlesPerSecond:0}/s  {Path.GetFileName(p.CurrentFile)}");
        return text.Length > width ? text[..width] : text;
    }

    /// <summary><c>indexing: 13502 articles (2104/s), 45% of 79.0 MB, file 1/1, reading /data/fr-news.jsonl</c>.</summary>
    internal static string Line(IndexingProgress p) => string.Create(CultureInfo.InvariantCulture,
        $"indexing: {p.Articles} articles ({p.ArticlesPerSecond:0}/s), {Fraction(p) * 100:0}% of {p.TotalBytes / 1048576.0:0.0} MB, file {Math.Min(p.FilesDone + 1, p.FilesTotal)}/{p.FilesTotal}, reading {p.CurrentFile}");

    private static double Fraction(IndexingProgress p) => p.TotalBytes > 0 ? Math.Clamp((double)p.BytesRead / p.TotalBytes, 0, 1) : 0;
}
