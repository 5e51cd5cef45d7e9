using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsSearch.Articles;
using NewsSearch.Indexing;
using NewsSearch.Indexing.Labelling;

namespace NewsSearch.Core.Tests.Indexing;

/// <summary>A run over a labelled index labels the stories of its own articles only (looked up by band key); the stories
/// must be those that clustering the whole index finds over the same articles.</summary>
public sealed class IncrementalLabellingTests
{
    private const string First = "first.jsonl";
    private const string Second = "second.jsonl";

    // Two stories joined only through an article holding both (P+Q and Q+R, then P+Q+R): a third of their three-word
    // runs in common, two thirds with the bridge.
    private static readonly string P = Words("pe", 40), Q = Words("qu", 40), R = Words("re", 40);

    private readonly Dictionary<string, (NewsArticle Article, string Origin)> _held = new(StringComparer.Ordinal);

    [Fact]
    public void Labels_after_runs_that_add_copies_edit_and_delete_are_the_stories_a_whole_rebuild_finds()
    {
        using var index = new TempIndex();
        var path = Path.Combine(index.Path, "index");
        var first = Run(path, w =>
        {
            foreach (var i in Enumerable.Range(0, 120))
            {
                Add(w, First, $"filler-{i}", Words($"filler{i}x", 30));
            }

            Add(w, First, "a", Words("alpha", 60));
            Add(w, First, "a1", Edit(Words("alpha", 60), 10));
            Add(w, First, "a2", Edit(Words("alpha", 60), 40));
            Add(w, First, "b", Words("beta", 60));
            Add(w, First, "b1", Edit(Words("beta", 60), 30));
            Add(w, First, "c", Words("gamma", 60));
            Add(w, First, "c1", Edit(Words("gamma", 60), 20));
            Add(w, First, "d", Words("delta", 60));
            Add(w, First, "d1", Edit(Words("delta", 60), 5));
            Add(w, First, "d2", Edit(Words("delta", 60), 50));
            Add(w, First, "x", P + " " + Q);
            Add(w, First, "x1", Edit(P + " " + Q, 60));
            Add(w, First, "y", Q + " " + R);
            Add(w, First, "y1", Edit(Q + " " + R, 20));
            Add(w, First, "s", Words("sigma", 60));
        });
        Assert.False(first.Incremental);
        var before = StoredLabels.Of(path);
        Assert.Equal(Groups("a a1 a2", "b b1", "c c1", "d d1 d2", "x x1", "y y1"), Partition(before));

        var second = Run(path, w =>
        {
            Add(w, Second, "a3", Edit(Words("alpha", 60), 55));
            Add(w, Second, "z", P + " " + Q + " " + R);
            Add(w, Second, "e", Words("epsilon", 60));
            Add(w, Second, "e1", Edit(Words("epsilon", 60), 12));
            Add(w, Second, "g", Edit(Words("sigma", 60), 33));
            Add(w, Second, "h", Words("eta", 60));
            Add(w, First, "d", Words("omega", 60)); // an edit that takes a copy out of its story
            Remove(w, First, "c");
        });
        Assert.True(second.Incremental);
        var labels = StoredLabels.Of(path);
        Assert.Equal(Groups("a a1 a2 a3", "b b1", "d1 d2", "e e1", "g s", "x x1 y y1 z"), Partition(labels));
        Assert.Equal(before["b"], labels["b"]);
        Assert.Equal(before["a"], labels["a3"]);
        Assert.Equal(Partition(labels), Partition(Rebuilt(index)));

        var third = Run(path, w =>
        {
            Remove(w, Second, "z");
            Remove(w, First, "d1");
        });
        Assert.True(third.Incremental);
        var split = StoredLabels.Of(path);
        Assert.Equal(Groups("a a1 a2 a3", "b b1", "e e1", "g s", "x x1", "y y1"), Partition(split));
        Assert.Equal(0, split["d2"]);
        Assert.Equal(Partition(split), Partition(Rebuilt(index)));
    }

    [Fact]
    public void A_run_after_one_that_stopped_half_way_labels_the_articles_that_run_left_unlabelled()
    {
        using var index = new TempIndex();
        var path = Path.Combine(index.Path, "index");
        Run(path, w =>
        {
            foreach (var i in Enumerable.Range(0, 40))
            {
                Add(w, First, $"filler-{i}", Words($"filler{i}x", 30));
            }
        });
        using (var directory = FSDirectory.Open(path))
        using (var stopped = ArticleIndexWriter.Open(directory, path, new BM25Similarity(), rebuild: false))
        {
            Add(stopped, Second, "a", Words("alpha", 60));
            Add(stopped, Second, "a1", Edit(Words("alpha", 60), 10));
            stopped.Commit(); // a commit in the middle of a run, whose end never came
        }

        var next = Run(path, w => Add(w, Second, "b", Words("beta", 60)));

        Assert.False(next.Incremental);
        Assert.Equal(Groups("a a1"), Partition(StoredLabels.Of(path)));
    }

    private static LabellingResult Run(string path, Action<ArticleIndexWriter> work)
    {
        System.IO.Directory.CreateDirectory(path);
        using var directory = FSDirectory.Open(path);
        using var writer = ArticleIndexWriter.Open(directory, path, new BM25Similarity(), rebuild: false);
        work(writer);
        writer.Commit(final: true);
        return writer.Labelled!.Value.Result;
    }

    /// <summary>A new index of the articles the runs left, labelled by clustering all of it.</summary>
    private Dictionary<string, long> Rebuilt(TempIndex index)
    {
        var path = Path.Combine(index.Path, "rebuilt-" + Guid.NewGuid().ToString("N"));
        var result = Run(path, w =>
        {
            foreach (var (article, origin) in _held.Values.OrderBy(h => h.Article.Id, StringComparer.Ordinal))
            {
                w.Upsert(article, origin);
            }
        });
        Assert.False(result.Incremental);
        return StoredLabels.Of(path);
    }

    private void Add(ArticleIndexWriter writer, string origin, string id, string body)
    {
        var article = Some.Article(id, title: "Titre " + id, body: body);
        _held[id] = (article, origin);
        Assert.NotEqual(UpsertOutcome.Copy, writer.Upsert(article, origin));
    }

    private void Remove(ArticleIndexWriter writer, string origin, string id)
    {
        _held.Remove(id);
        writer.DeleteStale(origin, _held.Where(h => h.Value.Origin == origin).Select(h => h.Key).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Distinct words, letters and digits: their three-word runs are shared by no other text.</summary>
    private static string Words(string stem, int count) => string.Join(' ', Enumerable.Range(0, count).Select(i => $"{stem}{i}"));

    /// <summary>The text with one word changed: a copy of it.</summary>
    private static string Edit(string text, int word)
    {
        var words = text.Split(' ');
        words[word] = "edited" + word;
        return string.Join(' ', words);
    }

    /// <summary>The stories (groups of two or more) as sorted lists of ids, in order.</summary>
    private static List<string> Partition(Dictionary<string, long> labels) =>
        [.. labels.Where(l => l.Value != 0)
            .GroupBy(l => l.Value)
            .Select(g => string.Join(' ', g.Select(l => l.Key).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)];

    private static List<string> Groups(params string[] groups) => [.. groups.Order(StringComparer.Ordinal)];
}
