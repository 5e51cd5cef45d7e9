using System.Globalization;
using Lucene.Net.Documents;
using NewsSearch.Articles;

namespace NewsSearch.Indexing;

/// <summary>Maps articles to Lucene documents and back.</summary>
internal static class ArticleDocumentMapper
{
    /// <param name="article">The article.</param>
    /// <param name="origin">The file it was read from, or <c>null</c>.</param>
    /// <param name="contentHash">See <see cref="ContentHash"/>.</param>
    /// <param name="indexedAt">When it was first indexed (<see cref="FieldNames.IndexedAt"/>).</param>
    /// <param name="urlKey">See <see cref="DuplicateKeys.Url"/>.</param>
    /// <param name="textKey">See <see cref="DuplicateKeys.Text"/>.</param>
    public static Document ToDocument(NewsArticle article, string? origin, string contentHash, long indexedAt, string? urlKey = null, string? textKey = null)
    {
        var document = new Document
        {
            new StringField(FieldNames.Id, article.Id, Field.Store.YES),
            new TextField(FieldNames.Title, article.Title, Field.Store.YES),
            new BodyField(article.Body),
            new StoredField(FieldNames.ContentHash, contentHash),
            new NumericDocValuesField(FieldNames.IndexedAt, indexedAt),
        };

        if (article.Source is { } source)
        {
            document.Add(new StringField(FieldNames.Source, source, Field.Store.YES));
            // The name as written, for facet labels.
            document.Add(new SortedDocValuesField(FieldNames.Source, new Lucene.Net.Util.BytesRef(source)));
            var key = SourceKeys.Normalize(source);
            document.Add(new StringField(FieldNames.SourceKey, key, Field.Store.NO));
            document.Add(new SortedDocValuesField(FieldNames.SourceKey, new Lucene.Net.Util.BytesRef(key)));
        }

        if (article.Published is { } published)
        {
            document.Add(new StoredField(FieldNames.Published, published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            document.Add(new Int32Field(FieldNames.PublishedDay, published.DayNumber, Field.Store.NO));
            document.Add(new NumericDocValuesField(FieldNames.PublishedDay, published.DayNumber));
        }

        var signature = Search.Collapsing.NearDuplicateSignature.Of(article.Body);
        document.Add(new BinaryDocValuesField(FieldNames.BodySignature, new Lucene.Net.Util.BytesRef(signature)));
        foreach (var band in Search.Collapsing.SignatureBands.Terms(signature))
        {
            document.Add(new StringField(FieldNames.DuplicateBand, band, Field.Store.NO));
        }

        // No copy known yet: the end of the indexing run labels the copies.
        document.Add(new NumericDocValuesField(FieldNames.DuplicateCluster, 0));

        if (article.Url is { } url)
        {
            document.Add(new StoredField(FieldNames.Url, url));
        }

        if (article.Lang is { } lang)
        {
            document.Add(new StoredField(FieldNames.Lang, lang));
        }

        if (origin is not null)
        {
            document.Add(new StringField(FieldNames.Origin, origin, Field.Store.YES));
        }

        if (urlKey is not null)
        {
            document.Add(new StringField(FieldNames.UrlKey, urlKey, Field.Store.NO));
        }

        if (textKey is not null)
        {
            document.Add(new StringField(FieldNames.TextKey, textKey, Field.Store.NO));
        }

        AcronymTerms.AddTo(document, article.Title, article.Body);

        return document;
    }

    public static NewsArticle ToArticle(Document document) => new()
    {
        Id = document.Get(FieldNames.Id) ?? "",
        Title = document.Get(FieldNames.Title) ?? "",
        Body = document.Get(FieldNames.Body) ?? "",
        Source = document.Get(FieldNames.Source),
        Published = DateOnly.TryParseExact(document.Get(FieldNames.Published), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null,
        Url = document.Get(FieldNames.Url),
        Lang = document.Get(FieldNames.Lang),
    };

    /// <summary>A hash of everything an article's document holds, so an unchanged article is recognised without comparing texts.</summary>
    public static string ContentHash(NewsArticle article, string? origin) =>
        TextHash.Of(article.Id, article.Title, article.Body, article.Source,
            article.Published?.DayNumber.ToString(CultureInfo.InvariantCulture), article.Url, article.Lang, origin);
}
