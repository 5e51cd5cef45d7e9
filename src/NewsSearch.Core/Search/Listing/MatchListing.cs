using Lucene.Net.Search;
using NewsSearch.Indexing;

namespace NewsSearch.Search.Listing;

/// <summary>The match set of one query, ordered, over the searcher it was collected from (held until disposed):
/// only document ids and scores are held; each article's stored fields are read when it is reached.</summary>
internal sealed class MatchListing : IDisposable
{
    private static readonly HashSet<string> Fields =
        [FieldNames.Id, FieldNames.Title, FieldNames.Body, FieldNames.Source, FieldNames.Published, FieldNames.Url];

    private readonly SearcherLease _lease;
    private readonly MatchCollector? _hits;
    private readonly int[] _order;
    private readonly Func<string, string> _snippet;

    public MatchListing(SearcherLease lease, MatchCollector? hits, int[] order, Func<string, string> snippet, IReadOnlyList<string> notices, bool relaxed)
    {
        _lease = lease;
        _hits = hits;
        _order = order;
        _snippet = snippet;
        Notices = notices;
        Relaxed = relaxed;
    }

    /// <summary>How many articles the listing holds.</summary>
    public int Count => _order.Length;

    /// <summary>How the query was read, when that is not obvious.</summary>
    public IReadOnlyList<string> Notices { get; }

    /// <summary>Whether no article held every concept, so the set is the articles holding some.</summary>
    public bool Relaxed { get; }

    public IndexSearcher Searcher => _lease.Searcher;

    /// <summary>The articles in order, each read when reached.</summary>
    /// <param name="withBody">Whether to keep each article's text.</param>
    /// <param name="cancellationToken">Stops between two articles.</param>
    public IEnumerable<ListedArticle> Articles(bool withBody, CancellationToken cancellationToken) => Articles(withBody, _order.Length, cancellationToken);

    /// <summary>The first <paramref name="count"/> articles in order.</summary>
    public IEnumerable<ListedArticle> Articles(bool withBody, int count, CancellationToken cancellationToken)
    {
        for (var i = 0; i < Math.Min(count, _order.Length); i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Read(_order[i], withBody);
        }
    }

    public void Dispose() => _lease.Dispose();

    private ListedArticle Read(int hit, bool withBody)
    {
        var article = ArticleDocumentMapper.ToArticle(_lease.Searcher.Doc(_hits!.Docs[hit], Fields));
        return new ListedArticle(
            article.Id, article.Title, article.Source, article.Published, article.Url, _hits.Scores[hit],
            _snippet(article.Body),
            withBody ? article.Body : null,
            _hits.Times.Length > 0 ? _hits.Times[hit] : 0);
    }
}
