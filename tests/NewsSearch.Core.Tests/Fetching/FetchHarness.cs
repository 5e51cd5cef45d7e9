using NewsSearch.Fetching;
using NewsSearch.Search;

namespace NewsSearch.Core.Tests.Fetching;

/// <summary>A fixture site, a temporary index and archive, and a fetcher over them, with a tiny delay so tests stay fast.</summary>
public sealed class FetchHarness : IAsyncDisposable
{
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(20);

    private readonly TempIndex _folder = new();
    private NewsFetcher? _fetcher;

    private FetchHarness(FixtureSite site)
    {
        Site = site;
        Engine = _folder.Open();
    }

    public FixtureSite Site { get; }

    public NewsSearchEngine Engine { get; }

    public string Archive => Path.Combine(_folder.Path, "archive");

    public FetchOptions Options { get; set; } = new() { Delay = Delay };

    public static async Task<FetchHarness> StartAsync(int hosts = 1) => new(await FixtureSite.StartAsync(hosts));

    public NewsFetcher Fetcher => _fetcher ??= new NewsFetcher(Engine, Options with { ArchivePath = Archive });

    public Task<FetchSummary> RoundAsync(IReadOnlyList<FeedSource> sources, CancellationToken cancellationToken = default) =>
        Fetcher.FetchAsync(sources, null, cancellationToken);

    public Task<FetchSummary> RoundAsync(params Uri[] feeds) => RoundAsync(feeds.Select(f => new FeedSource(f)).ToList());

    /// <summary>A new fetcher over the same archive, as the next run of the command would make.</summary>
    public void Restart()
    {
        _fetcher?.Dispose();
        _fetcher = null;
    }

    public SearchResults Search(string query, int top = 50) => Engine.Search(new SearchRequest { Query = query, PageSize = top });

    public async ValueTask DisposeAsync()
    {
        _fetcher?.Dispose();
        Engine.Dispose();
        await Site.DisposeAsync();
        _folder.Dispose();
    }
}
