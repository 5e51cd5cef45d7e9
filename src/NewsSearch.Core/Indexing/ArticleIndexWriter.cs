using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsSearch.Analysis;
using NewsSearch.Articles;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsSearch.Indexing;

/// <summary>What writing one article did.</summary>
internal enum UpsertOutcome
{
    Added,
    Updated,
    Unchanged,
    Duplicate,
}

/// <summary>The single owner of an <see cref="IndexWriter"/> for one indexing run: upserts articles by id,
/// recognises unchanged ones, and commits at intervals so a crash loses at most the last interval.</summary>
internal sealed class ArticleIndexWriter : IDisposable
{
    private readonly IndexWriter _writer;
    private readonly DirectoryReader? _before;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    private ArticleIndexWriter(IndexWriter writer, DirectoryReader? before)
    {
        _writer = writer;
        _before = before;
    }

    /// <summary>Opens the writer. <paramref name="rebuild"/> starts from an empty index whose first commit
    /// replaces the old one atomically: readers keep the old commit until then.</summary>
    public static ArticleIndexWriter Open(LuceneDirectory directory, string indexPath, Similarity similarity, bool rebuild)
    {
        var config = new IndexWriterConfig(LuceneVersionInUse.Value, new FrenchNewsAnalyzer())
        {
            OpenMode = rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            Similarity = similarity,
            RAMBufferSizeMB = 64,
        };

        IndexWriter writer;
        try
        {
            writer = new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException e)
        {
            throw new IndexLockedException(indexPath, e);
        }

        var before = !rebuild && DirectoryReader.IndexExists(directory) ? DirectoryReader.Open(directory) : null;
        if (before is null && !rebuild)
        {
            // A brand-new index: commit it empty at once, so a crash before the first real commit still leaves an index that opens.
            writer.Commit();
        }

        return new ArticleIndexWriter(writer, before);
    }

    public UpsertOutcome Upsert(NewsArticle article, string? origin)
    {
        var hash = ArticleDocumentMapper.ContentHash(article, origin);
        var idTerm = new Term(FieldNames.Id, article.Id);
        if (!_seen.Add(article.Id))
        {
            // The same id twice in one run: the later input wins and the two count as one article.
            _writer.UpdateDocument(idTerm, ArticleDocumentMapper.ToDocument(article, origin, hash));
            return UpsertOutcome.Duplicate;
        }

        var previousHash = StoredHashOf(article.Id);
        if (previousHash == hash)
        {
            return UpsertOutcome.Unchanged;
        }

        _writer.UpdateDocument(idTerm, ArticleDocumentMapper.ToDocument(article, origin, hash));
        return previousHash is null ? UpsertOutcome.Added : UpsertOutcome.Updated;
    }

    public void Commit() => _writer.Commit();

    public int DocumentCount => _writer.NumDocs;

    private string? StoredHashOf(string id)
    {
        if (_before is null)
        {
            return null;
        }

        var idBytes = new BytesRef(id);
        foreach (var leaf in _before.Leaves)
        {
            var reader = leaf.AtomicReader;
            var docs = reader.GetTermDocsEnum(new Term(FieldNames.Id, idBytes));
            if (docs is null)
            {
                continue;
            }

            var live = reader.LiveDocs;
            int doc;
            while ((doc = docs.NextDoc()) != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
            {
                if (live is null || live.Get(doc))
                {
                    var visitor = new Lucene.Net.Documents.DocumentStoredFieldVisitor(FieldNames.ContentHash);
                    reader.Document(doc, visitor);
                    return visitor.Document.Get(FieldNames.ContentHash) ?? "";
                }
            }
        }

        return null;
    }

    public void Dispose()
    {
        _before?.Dispose();
        // Disposing commits what is pending, so a cancelled run keeps the articles it read.
        _writer.Dispose();
    }
}
