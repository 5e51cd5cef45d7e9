using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsSearch.Analysis;
using NewsSearch.Indexing;

namespace NewsSearch.Core.Tests.Search.Suggestions;

/// <summary>A bare Lucene index of title and body fields in a temp folder, analysed as the engine does, where the test
/// decides which articles are deleted (and that they stay in their segment, marked deleted, not merged away).</summary>
internal sealed class WordIndex : IDisposable
{
    private readonly TempIndex _folder = new();
    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;

    public WordIndex()
    {
        _directory = FSDirectory.Open(_folder.Path);
        var config = new IndexWriterConfig(LuceneVersionInUse.Value, new FrenchNewsAnalyzer()) { MergePolicy = NoMergePolicy.COMPOUND_FILES };
        _writer = new IndexWriter(_directory, config);
    }

    public WordIndex Add(string id, string title, string body, int copies = 1)
    {
        for (var i = 0; i < copies; i++)
        {
            _writer.AddDocument(new Document
            {
                new StringField(FieldNames.Id, copies == 1 ? id : $"{id}-{i}", Field.Store.YES),
                new TextField(FieldNames.Title, title, Field.Store.YES),
                new TextField(FieldNames.Body, body, Field.Store.YES),
            });
        }

        return this;
    }

    public WordIndex Delete(string id)
    {
        _writer.DeleteDocuments(new Term(FieldNames.Id, id));
        return this;
    }

    /// <summary>A reader of everything added so far, deletions applied.</summary>
    public DirectoryReader Reader() => DirectoryReader.Open(_writer, applyAllDeletes: true);

    public void Dispose()
    {
        _writer.Dispose();
        _directory.Dispose();
        _folder.Dispose();
    }
}
