using NewsSearch.Search;
using static NewsSearch.IntegrationTests.ConsoleTestKit;

namespace NewsSearch.IntegrationTests;

/// <summary>The console's use of what the engine adds to results: suggestions, facets, similar articles,
/// explanations; and Ctrl+C during a search.</summary>
public sealed class ConsoleFeatureTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly NewsSearchEngine _engine;

    public ConsoleFeatureTests() => _engine = Engine(_folder, ConsoleTestKit.Articles(12));

    public void Dispose()
    {
        _engine.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void A_suggestion_is_shown_and_dym_searches_it()
    {
        var backend = new ScriptedBackend(_engine)
        {
            Decorate = r => r.Query == "climta" ? r with { Suggestion = "climat" } : r,
        };

        var t = Run(backend, "climta\n:dym\n");

        Assert.Contains("Did you mean: climat?  (:dym to search it)", t.Out);
        Assert.Equal(["climta", "climat"], backend.Requests.Select(r => r.Query));
        Assert.Contains("12 results for \"climat\"", t.Out);
    }

    [Fact]
    public void Dym_without_a_suggestion_says_so_and_searches_nothing()
    {
        var backend = new ScriptedBackend(_engine);

        var t = Run(backend, "climat\n:yes\n");

        Assert.Contains("No suggestion for the last search.", t.Out);
        Assert.Single(backend.Requests);
    }

    [Fact]
    public void Facets_show_the_counts_the_results_carry()
    {
        var backend = new ScriptedBackend(_engine)
        {
            Decorate = r => r with
            {
                Facets = new SearchFacets
                {
                    Sources = [new("Le Matin", 6), new("L'opinion", 6)],
                    Years = [new("2023", 12)],
                    Months = [new("2023-10", 12)],
                },
            },
        };

        var t = Run(backend, "climat\n:facets\n");

        var facets = t.Out[t.Out.IndexOf("sources\n", StringComparison.Ordinal)..].ReplaceLineEndings("\n");
        Assert.Equal("sources\n        6  Le Matin\n        6  L'opinion\nyears\n       12  2023\nmonths\n       12  2023-10\n", facets);
    }

    [Fact]
    public void Facets_when_the_results_have_none_say_no_facets()
    {
        var t = Run(new ScriptedBackend(_engine) { Decorate = r => r with { Facets = SearchFacets.None } }, "climat\n:facets\n");

        Assert.EndsWith("no facets\n", t.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Similar_asks_the_engine_for_articles_like_the_hit_and_lists_them()
    {
        var backend = new ScriptedBackend(_engine)
        {
            SimilarTo = (id, count) => _engine.Search(new SearchRequest { Query = "politiques", PageSize = count }),
        };

        var t = Run(backend, "climat\n:similar 2\n");

        var hit2 = _engine.Search(backend.Requests[0]).Hits[1];
        Assert.Equal([(hit2.Id, 5)], backend.SimilarCalls);
        Assert.Contains($"Articles like \"{hit2.Title}\":", t.Out);
    }

    [Theory]
    [InlineData(":similar 1\n", ":similar needs the rank of a result shown on this page, e.g. :similar 1.")]
    [InlineData("climat\n:similar\n", ":similar needs the rank of a result shown on this page")]
    [InlineData("climat\n:similar 11\n", ":similar needs the rank of a result shown on this page")]
    [InlineData("climat\n:similar deux\n", ":similar needs the rank of a result shown on this page")]
    public void Similar_without_a_hit_on_the_page_says_which_argument_it_needs(string input, string error)
    {
        var backend = new ScriptedBackend(_engine) { SimilarTo = (_, _) => throw new InvalidOperationException("not called") };

        var t = Run(backend, input);

        Assert.Contains("error: " + error, t.Err);
        Assert.Empty(backend.SimilarCalls);
    }

    [Fact]
    public void Similar_and_explain_say_so_when_the_engine_cannot_do_them()
    {
        var backend = new ScriptedBackend(_engine);

        var t = Run(backend, "climat\n:similar 1\n:explain\n");

        Assert.Contains("error: finding similar articles is not available in this version of the engine.", t.Err);
        Assert.Contains("error: score explanations are not available in this version of the engine.", t.Err);
        Assert.Empty(backend.SimilarCalls);
    }

    [Fact]
    public void Explain_toggles_an_explanation_under_each_hit()
    {
        var backend = new ScriptedBackend(_engine) { Explanation = (request, id) => $"why {id} for {request.Query}\nsecond line" };

        var t = Run(backend, "climat\n:explain\n:explain\n").Out.ReplaceLineEndings("\n");

        var on = t[t.IndexOf("Explanations on.", StringComparison.Ordinal)..t.IndexOf("Explanations off.", StringComparison.Ordinal)];
        Assert.Equal(10, on.Split("       why a").Length - 1);
        Assert.Contains("       second line\n", on);
        Assert.DoesNotContain("why ", t[..t.IndexOf("Explanations on.", StringComparison.Ordinal)]);
        Assert.DoesNotContain("why ", t[t.IndexOf("Explanations off.", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void Ctrl_C_during_a_search_cancels_that_search_and_the_session_reads_the_next_line()
    {
        using var release = new ManualResetEventSlim();
        var interrupts = new PressCtrlCOnStart();
        var backend = new ScriptedBackend(_engine)
        {
            // The first search hangs until the test ends, as a slow search would; Ctrl+C is pressed meanwhile.
            Decorate = r =>
            {
                if (r.Query == "lent")
                {
                    interrupts.Press();
                    release.Wait(TimeSpan.FromMinutes(1));
                }

                return r;
            },
        };

        var t = Run(backend, "lent\nclimat\n", interrupts: interrupts);
        release.Set();

        Assert.Contains("Search cancelled.", t.Out);
        Assert.DoesNotContain("for \"lent\"", t.Out);
        Assert.Contains("12 results for \"climat\"", t.Out);
    }

    /// <summary>Stands for the terminal: <see cref="Press"/> is Ctrl+C.</summary>
    private sealed class PressCtrlCOnStart : global::NewsSearch.Cli.Interactive.ISearchInterrupts
    {
        private CancellationTokenSource _current = new();

        public CancellationToken Begin() => (_current = new CancellationTokenSource()).Token;

        public void End()
        {
        }

        public void Press() => _current.Cancel();
    }
}
