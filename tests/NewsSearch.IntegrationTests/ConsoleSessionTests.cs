using NewsSearch.Cli.Interactive;
using static NewsSearch.IntegrationTests.ConsoleTestKit;

namespace NewsSearch.IntegrationTests;

/// <summary>The console session in-process over a real index: queries, paging, opening, filters, order.</summary>
public sealed class ConsoleSessionTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly NewsSearchEngine _engine;
    private readonly EngineBackend _backend;

    public ConsoleSessionTests()
    {
        _engine = Engine(_folder, ConsoleTestKit.Articles(25));
        _backend = new EngineBackend(_engine);
    }

    public void Dispose()
    {
        _engine.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void A_query_shows_total_page_and_time_then_ranked_hits_with_source_date_and_snippet()
    {
        var t = Run(_backend, "climat\n");

        Assert.Matches(@"^25 results for ""climat"", showing 1-10, page 1/3 \(\d+ ms\)", t.Out);
        Assert.Contains("  1. Article ", t.Out);
        Assert.Contains(" 10. Article ", t.Out);
        Assert.DoesNotContain(" 11. ", t.Out);
        Assert.Matches(@"(Le Matin|L'opinion) · 2023-\d\d-\d\d · a\d\d", t.Out);
        Assert.Contains("Le climat change.", t.Out);
        Assert.Equal("", t.Err);
    }

    [Fact]
    public void Next_and_prev_move_between_pages_and_stop_at_the_ends()
    {
        var t = Run(_backend, "climat\n:prev\n:next\n:next\n:next\n:prev\n");

        Assert.Contains("This is the first page.", t.Out);
        Assert.Contains("showing 11-20, page 2/3", t.Out);
        Assert.Contains("showing 21-25, page 3/3", t.Out);
        Assert.Contains("This is the last page.", t.Out);
        Assert.Equal(2, CountOf(t.Out, "showing 11-20"));
    }

    [Fact]
    public void Open_by_rank_prints_the_whole_article_even_when_the_rank_is_on_another_page()
    {
        var t = Run(_backend, "climat\n:sort date\n:open 15\n");

        // Newest first: rank 15 is the 15th most recent, a15.
        var opened = t.Out[t.Out.LastIndexOf("Article 15 sur le climat", StringComparison.Ordinal)..];
        Assert.Contains("Le Matin · 2023-10-09 · a15", opened);
        Assert.Contains("Paragraphe numéro 15 du texte.", opened);
        Assert.Contains("Les politiques climatiques responsables sont discutées.", opened);
    }

    [Fact]
    public void Open_by_id_works_without_a_search()
    {
        var t = Run(_backend, ":open a07\n");

        Assert.Contains("Article 07 sur le climat", t.Out);
        Assert.Contains("Paragraphe numéro 7 du texte.", t.Out);
    }

    [Theory]
    [InlineData(":open\n", "say which article")]
    [InlineData(":open 1\n", "no result ranked 1: search for something first.")]
    [InlineData("climat\n:open 26\n", "no result ranked 26: the last search has 25 (1 to 25).")]
    [InlineData("climat\n:open 0\n", "no result ranked 0")]
    [InlineData("climat\n:open -3\n", "no result ranked -3")]
    [InlineData(":open nope\n", "no article with id 'nope'.")]
    [InlineData(":open 99999999999999999999\n", "no article with id '99999999999999999999'.")]
    public void Open_of_something_that_is_not_there_says_so(string input, string error)
    {
        var t = Run(_backend, input);

        Assert.Contains("error: " + error, t.Err);
    }

    [Fact]
    public void Source_and_dates_filter_the_current_query_and_clear_removes_them()
    {
        var t = Run(_backend, "climat\n:source le matin\n:from 2023-10-01\n:to 2023-10-20\n:clear\n");

        // Le Matin has the odd numbers; article i is dated 2023-10-24 minus i days.
        Assert.Contains("13 results for \"climat\"", t.Out);
        Assert.Contains("filters: source: le matin (:clear to remove)", t.Out);
        Assert.Contains("12 results for \"climat\"", t.Out);
        Assert.Contains("10 results for \"climat\"", t.Out);
        Assert.Contains("filters: source: le matin, from 2023-10-01, to 2023-10-20", t.Out);
        Assert.Matches(@"Filters cleared\.\n25 results for ""climat""", t.Out.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData(":from 2023-13-01\n", ":from needs an ISO date such as 2023-10-24, not '2023-13-01'.")]
    [InlineData(":to yesterday\n", ":to needs an ISO date such as 2023-10-24, not 'yesterday'.")]
    [InlineData(":sort size\n", ":sort takes date or relevance, not 'size'.")]
    [InlineData(":frobnicate\n", "unknown command ':frobnicate'; type :help for the list.")]
    public void Bad_command_arguments_are_refused_with_a_sentence_and_change_nothing(string input, string error)
    {
        var t = Run(_backend, input + "climat\n");

        Assert.Contains("error: " + error, t.Err);
        Assert.Contains("25 results for \"climat\"", t.Out);
    }

    [Theory]
    [InlineData(":to 2023-10-01\n:from 2023-10-02\n", "2023-10-02 is after the end date 2023-10-01; change :to first.", "filters: to 2023-10-01 ")]
    [InlineData(":from 2023-10-02\n:to 2023-10-01\n", "2023-10-01 is before the start date 2023-10-02; change :from first.", "filters: from 2023-10-02 ")]
    public void A_date_range_that_ends_before_it_starts_is_refused(string input, string error, string filtersKept)
    {
        var t = Run(_backend, input + "climat\n");

        Assert.Contains("error: " + error, t.Err);
        Assert.Contains(filtersKept, t.Out);
    }

    [Fact]
    public void Sort_date_puts_the_newest_first_and_relevance_puts_it_back()
    {
        var t = Run(_backend, "climat\n:sort date\n:sort relevance\n");

        var byDate = t.Out[t.Out.IndexOf("Newest first.", StringComparison.Ordinal)..];
        Assert.Matches(@"^Newest first\.\n25 results.*\n.*\n\n  1\. Article 01 sur le climat\n.*a01\n(.*\n)*  2\. Article 02", byDate.ReplaceLineEndings("\n"));
        Assert.Contains("Best match first.", t.Out);
    }

    [Fact]
    public void Help_lists_every_command()
    {
        var t = Run(_backend, ":help\n");

        foreach (var command in PromptCommands.All.List)
        {
            Assert.Contains(command.Usage, t.Out);
        }

        Assert.Contains(":quit", t.Out);
    }

    [Fact]
    public void Quit_stops_reading_lines()
    {
        var t = Run(_backend, ":quit\nclimat\n");

        Assert.DoesNotContain("results for", t.Out);
    }

    [Fact]
    public void Opened_article_highlights_the_query_words_as_written_in_colour()
    {
        var t = Run(_backend, "politique responsable\n:open a03\n", colour: true);

        Assert.Contains("\nLes \u001b[1;33mpolitiques\u001b[0m climatiques \u001b[1;33mresponsables\u001b[0m sont discutées.", t.Out.ReplaceLineEndings("\n"));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
