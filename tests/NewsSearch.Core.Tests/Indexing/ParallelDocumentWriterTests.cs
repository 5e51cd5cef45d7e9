using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsSearch.Analysis;
using NewsSearch.Indexing;

namespace NewsSearch.Core.Tests.Indexing;

public sealed class ParallelDocumentWriterTests
{
    [Fact]
    public void Final_drain_writes_every_document_and_restores_the_ram_limit()
    {
        using var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersionInUse.Value, new FrenchNewsAnalyzer()) { RAMBufferSizeMB = 64 });
        using (var documents = new ParallelDocumentWriter(writer, threads: 2))
        {
            for (var i = 0; i < 3000; i++)
            {
                documents.Write(null, Document(i));
            }

            documents.DrainFlushingOnWriterThreads();
        }

        writer.Commit();
        Assert.Equal(64, writer.Config.RAMBufferSizeMB);
        Assert.Equal(3000, writer.NumDocs);
    }

    [Fact]
    public void A_failing_document_is_reported_by_the_drain_and_the_ram_limit_is_restored()
    {
        using var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersionInUse.Value, new FrenchNewsAnalyzer()) { RAMBufferSizeMB = 64 });
        using var documents = new ParallelDocumentWriter(writer, threads: 2);
        documents.Write(null, Document(1));
        documents.Write(null, [new FailingField()]);

        var error = Assert.Throws<InvalidOperationException>(documents.DrainFlushingOnWriterThreads);

        Assert.Equal("analysis failed", error.Message);
        Assert.Equal(64, writer.Config.RAMBufferSizeMB);
    }

    private static Document Document(int i) =>
    [
        new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
        new TextField("body", $"Article numéro {i} : le mot{i % 97} et le terme{i % 13}, publié à Rabat.", Field.Store.YES),
    ];

    private sealed class FailingField() : Field("body", "texte", TextField.TYPE_NOT_STORED)
    {
        public override Lucene.Net.Analysis.TokenStream GetTokenStream(Lucene.Net.Analysis.Analyzer analyzer) =>
            throw new InvalidOperationException("analysis failed");
    }
}
