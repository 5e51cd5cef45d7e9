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

    [Fact]
    public void A_page_nesting_100000_elements_is_skipped_at_once_and_a_feed_item_that_deep_keeps_its_words()
    {
        using var index = new TempIndex();
        var deep = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "profond" + string.Concat(Enumerable.Repeat("</div>", 100_000));
        var page = index.WriteFile("deep.html", "<html><body>" + deep + "</body></html>");
        index.WriteFile("feed.rss", "<rss version=\"2.0\"><channel><title>F</title><item><guid>deep-item</guid><title>Titre</title><description>"
            + System.Security.SecurityElement.Escape(deep) + "</description></item></channel></rss>");

        var (summary, engine) = Index(index);

        using (engine)
        {
            Assert.Contains(summary.Skipped, s => s.Path == page && s.Reason == "HTML nested more than 1000 elements deep");
            Assert.Equal("profond", engine.GetArticle("deep-item")!.Body);
        }
    }

    [Fact]
    public void Ordinary_pages_with_unclosed_paragraphs_are_not_too_deep()
    {
        var page = "<html><body><ul>" + string.Concat(Enumerable.Repeat("<li><p>texte<br><img src=x>", 5_000)) + "</ul></body></html>";
        Assert.False(HtmlDepth.TooDeep(page));
        Assert.True(HtmlDepth.TooDeep(string.Concat(Enumerable.Repeat("<span>", 1_001))));
    }

    [Fact]
    public void Fields_too_long_for_a_lucene_term_no_longer_fail_the_run_and_control_characters_become_spaces()
    {
        using var index = new TempIndex();
        var lines = new[]
        {
            Json(new { id = new string('i', 100_000), title = "Id immense", body = "b" }),
            Json(new { id = "source", title = "Source immense", body = "b", source = new string('S', 100_000) }),
            Json(new { id = "url", title = "URL immense", body = "b", url = "https://e.org/" + new string('u', 100_000) }),
            Json(new { id = "title", title = string.Concat(Enumerable.Repeat("mot ", 25_000)), body = "b" }),
            Json(new { id = "control", title = "Ti\u0000tre \u001b[31mrouge", body = "co\u0007rps\nsuite", source = "So\u0085urce" }),
            Good("good"),
        };
        index.WriteFile("long.jsonl", string.Join('\n', lines) + "\n");

        var (summary, engine) = Index(index);

        using (engine)
        {
            Assert.Equal("id longer than 1,000 characters (100,000)", Assert.Single(summary.Skipped).Reason);
            Assert.Equal(200, engine.GetArticle("source")!.Source!.Length);
            Assert.Null(engine.GetArticle("url")!.Url);
            Assert.True(engine.GetArticle("title")!.Title.Length <= 1_000);
            var control = engine.GetArticle("control")!;
            Assert.Equal(("Ti tre  [31mrouge", "co rps\nsuite", "So urce"), (control.Title, control.Body, control.Source));
            Assert.NotNull(engine.GetArticle("good"));
            Assert.Equal(5, summary.Documents);
        }
    }

    [Fact]
    public void Links_to_folders_are_not_walked_broken_links_are_said_and_links_to_files_are_read()
    {
        using var index = new TempIndex();
        var target = index.WriteFile("real/a.jsonl", Good("linked"));
        var folder = Path.Combine(index.InputFolder, "sub");
        Directory.CreateDirectory(folder);
        File.CreateSymbolicLink(Path.Combine(folder, "loop"), folder);
        File.CreateSymbolicLink(Path.Combine(folder, "self.jsonl"), "self.jsonl");
        File.CreateSymbolicLink(Path.Combine(folder, "to-file.jsonl"), target);

        var (files, skipped) = SourceFiles.Expand([folder]);

        Assert.Equal([Path.Combine(folder, "to-file.jsonl")], files);
        Assert.Equal(
            [(Path.Combine(folder, "loop"), "link to a folder, not followed"), (Path.Combine(folder, "self.jsonl"), "broken or looping link")],
            skipped.Select(s => (s.Path, s.Reason)));
    }

    [Fact]
    public void A_file_of_blank_lines_is_reported_not_passed_over_in_silence()
    {
        using var index = new TempIndex();
        var blank = index.WriteFile("blank.jsonl", "\n \n\t\r\n");

        var (summary, engine) = Index(index);

        engine.Dispose();
        Assert.Equal((blank, "no articles found"), (Assert.Single(summary.Skipped).Path, summary.Skipped[0].Reason));
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
