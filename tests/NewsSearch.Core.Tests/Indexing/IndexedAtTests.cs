using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsSearch.Indexing;

namespace NewsSearch.Core.Tests.Indexing;

public sealed class IndexedAtTests
{
    [Fact]
    public void New_articles_record_when_they_were_indexed_and_later_runs_record_later_times()
    {
        using var folder = new TempIndex();
        using var engine = folder.Open();
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        engine.IndexArticles([Some.Article("a"), Some.Article("b")]);
        var first = Times(engine.IndexPath);
        engine.IndexArticles([Some.Article("c")]);
        var second = Times(engine.IndexPath);

        Assert.InRange(first["a"], before, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Assert.Equal(first["a"], first["b"]);
        Assert.True(second["c"] > second["a"], "a later run's articles are indexed later");
    }

    [Fact]
    public void An_edited_article_and_a_rebuilt_index_keep_the_time_the_article_was_first_indexed()
    {
        using var folder = new TempIndex();
        var file = folder.WriteFile("news.jsonl", """{"id":"a","title":"Titre","body":"Premier texte."}""" + "\n");
        using var engine = folder.Open();
        engine.IndexFiles([file]);
        var first = Times(engine.IndexPath)["a"];

        File.WriteAllText(file, """{"id":"a","title":"Titre corrigé","body":"Texte corrigé."}""" + "\n" + """{"id":"b","title":"Nouveau","body":"Autre texte."}""" + "\n");
        var updated = engine.IndexFiles([file]);
        var afterEdit = Times(engine.IndexPath);
        engine.RebuildFromFiles([file]);
        var afterRebuild = Times(engine.IndexPath);

        Assert.Equal(1, updated.Updated);
        Assert.Equal(first, afterEdit["a"]);
        Assert.True(afterEdit["b"] > first);
        Assert.Equal(afterEdit, afterRebuild);
    }

    [Fact]
    public void An_index_of_the_previous_format_is_rebuilt_with_its_articles_marked_as_indexed_at_an_unknown_time()
    {
        using var folder = new TempIndex();
        var file = folder.WriteFile("news.jsonl", """{"id":"old","title":"Ancien","body":"Texte ancien."}""" + "\n");
        using (var engine = folder.Open())
        {
            engine.IndexFiles([file]);
        }

        OlderIndex.Rewrite(Path.Combine(folder.Path, "index"), "2", writer => writer.UpdateNumericDocValue(new Term(FieldNames.Id, "old"), FieldNames.IndexedAt, 0));
        File.AppendAllText(file, """{"id":"new","title":"Nouveau","body":"Texte nouveau."}""" + "\n");
        using (var engine = folder.Open())
        {
            var summary = engine.IndexFiles([file]);

            Assert.True(summary.RebuiltFromOtherFormat);
            var times = Times(engine.IndexPath);
            Assert.Equal(0, times["old"]);
            Assert.True(times["new"] > 0);
        }
    }

    [Fact]
    public void Batch_times_only_move_forward_even_when_the_clock_goes_back()
    {
        var now = 5_000L;
        var clock = new IndexedAtClock(new Dictionary<string, string> { [IndexedAtClock.CommitKey] = "9000" }, () => now);

        var first = clock.Batch;
        clock.Committed();
        now = 100;
        clock.Committed();
        var third = clock.Batch;
        now = 20_000;
        clock.Committed();

        Assert.Equal(9001, first);
        Assert.Equal(9003, third);
        Assert.Equal(20_000, clock.Batch);
    }

    /// <summary>Each live article's indexing time, read straight from the index.</summary>
    internal static Dictionary<string, long> Times(string indexPath)
    {
        using var directory = FSDirectory.Open(indexPath);
        using var reader = DirectoryReader.Open(directory);
        var times = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var context in reader.Leaves)
        {
            var leaf = context.AtomicReader;
            var values = leaf.GetNumericDocValues(FieldNames.IndexedAt);
            for (var doc = 0; doc < leaf.MaxDoc; doc++)
            {
                if (leaf.LiveDocs is null || leaf.LiveDocs.Get(doc))
                {
                    times[leaf.Document(doc).Get(FieldNames.Id)] = values?.Get(doc) ?? -1;
                }
            }
        }

        return times;
    }
}
