using System.Diagnostics;
using System.Text.Json;
using NewsSearch.Articles;

namespace NewsSearch.Core.Tests.Indexing;

/// <summary>Inputs that once stopped or hung a whole indexing run; each is now skipped with its reason or indexed
/// safely, and the good articles beside it are all indexed. (The full set of hostile files is drill 5 of tests/drills.)</summary>
public sealed class HostileInputTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public void A_json_string_with_half_a_surrogate_pair_is_read_with_a_replacement_character()
    {
        using var index = new TempIndex();
        index.WriteFile("a.jsonl", "{\"id\":\"half\",\"title\":\"Titre \\ud800 coupé\",\"body\":\"Corps \\udc00\"}\n" + Good("after") + "\n");

        var (summary, engine) = Index(index);

        using (engine)
        {
            Assert.Empty(summary.Skipped);
            Assert.Equal("Titre \uFFFD coupé", engine.GetArticle("half")!.Title);
            Assert.NotNull(engine.GetArticle("after"));
        }
    }

    [Fact]
    public void A_pipe_among_the_sources_is_skipped_instead_of_waited_on()
    {
        using var index = new TempIndex();
        index.WriteFile("good.jsonl", Good("good"));
        var fifo = Path.Combine(index.InputFolder, "pipe.jsonl");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        var (summary, engine) = Index(index);

        using (engine)
        {
            Assert.Contains(summary.Skipped, s => s.Path == fifo && s.Reason == "empty file");
            Assert.NotNull(engine.GetArticle("good"));
        }
    }

    private static (NewsSearch.Indexing.IndexingSummary Summary, NewsSearchEngine Engine) Index(TempIndex index)
    {
        var engine = index.Open();
        var run = Task.Run(() => engine.IndexFiles([index.InputFolder]));
        Assert.True(run.Wait(Bound), "indexing did not finish in time");
        return (run.Result, engine);
    }

    private static string Good(string id) => Json(new { id, title = "Bon article", body = "La réforme des retraites." });

    private static string Json(object value) => JsonSerializer.Serialize(value);
}
