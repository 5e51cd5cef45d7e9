using System.Net;
using NewsSearch.Search;
using NewsSearch.Search.Listing;

namespace NewsSearch.Export;

/// <summary>Exports a query's whole match set: the matches are collected as document ids and scores, ordered, then
/// read and written one article at a time, so memory does not grow with the row count beyond those two numbers a row.</summary>
internal sealed class ArticleExporter(MatchLister lister)
{
    private const int ProgressEvery = 256;

    public async Task<ExportSummary> WriteAsync(ExportRequest request, Stream output, ExportFormat format, IProgress<ExportProgress>? progress, CancellationToken cancellationToken)
    {
        using var listing = List(request);
        var writer = ExportWriters.Create(format, output, request.WithBody, request.ByteOrderMark);
        await using (writer.ConfigureAwait(false))
        {
            long rows = 0;
            progress?.Report(new ExportProgress(0, listing.Count));
            foreach (var article in listing.Articles(request.WithBody, cancellationToken))
            {
                await writer.WriteAsync(Row(article, request.Snippets), cancellationToken).ConfigureAwait(false);
                if (++rows % ProgressEvery == 0)
                {
                    progress?.Report(new ExportProgress(rows, listing.Count));
                }
            }

            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            progress?.Report(new ExportProgress(rows, listing.Count));
            return new ExportSummary(rows, listing.Notices);
        }
    }

    public IEnumerable<ExportRow> Rows(ExportRequest request, CancellationToken cancellationToken)
    {
        using var listing = List(request);
        foreach (var article in listing.Articles(request.WithBody, cancellationToken))
        {
            yield return Row(article, request.Snippets);
        }
    }

    private MatchListing List(ExportRequest request) =>
        lister.List(request.ToSearchRequest(), request.Sort == SearchSort.Date ? MatchOrder.Date : MatchOrder.Relevance, request.Snippets);

    private static ExportRow Row(ListedArticle article, SnippetKind snippets) => new(
        article.Id, article.Title, article.Source, article.Published, article.Url, Math.Round(article.Score, 4),
        snippets == SnippetKind.Highlighted ? PlainText(article.Snippet) : article.Snippet, article.Body);

    /// <summary>A search snippet without its <c>&lt;mark&gt;</c> tags and HTML escapes.</summary>
    internal static string PlainText(string snippet) =>
        WebUtility.HtmlDecode(snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal));
}
