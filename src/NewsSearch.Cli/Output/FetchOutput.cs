using System.Globalization;
using NewsSearch.Fetching;

namespace NewsSearch.Cli.Output;

/// <summary>A fetch round as text, and its progress line at a terminal.</summary>
internal static class FetchOutput
{
    public static void Summary(FetchSummary s)
    {
        var o = Console.Out;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Fetched {s.Feeds} feeds ({s.NotModified} not modified, {s.Failed.Count} failures, {s.BackedOff.Count} backed off): {s.NewItems} new items, {s.PagesFetched} pages."));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Indexed {s.Added} added, {s.Updated} updated; {s.Documents} documents in the index. {s.Requests} requests, {s.BytesReceived / 1024.0:0.#} KB in {s.Elapsed.TotalSeconds:0.0} s."));
        foreach (var failure in s.Failed.Concat(s.BackedOff))
        {
            o.WriteLine($"  {failure.Url}: {failure.Reason}");
        }
    }

    /// <summary>Redraws one line on stderr while a round runs, when stderr is a terminal; nothing otherwise (the
    /// per-feed log lines say enough in a log file).</summary>
    public sealed class Progress : IProgress<FetchProgress>, IDisposable
    {
        private readonly bool _terminal = !Console.IsErrorRedirected;
        private readonly System.Threading.Lock _lock = new();
        private bool _drawn;

        public void Report(FetchProgress value)
        {
            if (!_terminal)
            {
                return;
            }

            var line = string.Create(CultureInfo.InvariantCulture,
                $"fetching: {value.FeedsDone}/{value.FeedsTotal} feeds, {value.NewItems} new, {value.PagesFetched} pages, {value.Failed} failed, {value.Requests} requests, {value.Elapsed.TotalSeconds:0} s  {value.Current}");
            var width = Width();
            lock (_lock)
            {
                Console.Error.Write("\r\u001b[K" + (line.Length > width ? line[..width] : line));
                _drawn = true;
            }
        }

        public void Dispose()
        {
            lock (_lock)
            {
                if (_drawn)
                {
                    Console.Error.Write("\r\u001b[K");
                    _drawn = false;
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
                return 100;
            }
        }
    }
}
