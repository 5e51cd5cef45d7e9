using NewsSearch.Cli.Interactive;
using static NewsSearch.IntegrationTests.ConsoleTestKit;

namespace NewsSearch.IntegrationTests;

/// <summary>Many hostile lines through one in-process session over a real index: none ends the session, none
/// reaches the last-resort handler (which would mean a failure the console does not know how to explain).</summary>
public sealed class ConsoleFuzzTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_thousand_hostile_lines_are_each_answered_and_the_session_goes_on(int seed)
    {
        using var folder = new TempFolder();
        using var engine = Engine(folder, ConsoleTestKit.Articles(25));
        var backend = new ScriptedBackend(engine)
        {
            SimilarTo = (id, count) => engine.Search(new Search.SearchRequest { Query = "climat", PageSize = count }),
            Explanation = (_, id) => "explained " + id,
        };
        var lines = HostileLines(seed, 1000).Append(new string('z', 200_000)).Concat([":clear", ":sort relevance", "climat", ":quit", "never read"]);

        var t = Run(backend, string.Join('\n', lines) + "\n", colour: seed == 2);

        Assert.DoesNotContain("unexpected failure", t.Err);
        Assert.Contains("error: ", t.Err);
        Assert.Contains("25 results for \"climat\"", t.Out[t.Out.LastIndexOf("Best match first.", StringComparison.Ordinal)..]);
        Assert.DoesNotContain("never read", t.Out);
        Assert.All(t.Out.Split('\n'), line => Assert.True(line.Length < 12_000, "a line of " + line.Length));
    }

    [Fact]
    public void Control_characters_from_a_line_never_reach_the_screen_as_escape_sequences()
    {
        using var folder = new TempFolder();
        using var engine = Engine(folder, ConsoleTestKit.Articles(3));

        var t = Run(new EngineBackend(engine), "climat \u001b[2J\u001b]0;pwned\u0007\n:source \u001b[31mrouge\n:open \u001b[2Ja01\n");

        Assert.DoesNotContain('\u001b', t.Out + t.Err);
        Assert.DoesNotContain('\u0007', t.Out + t.Err);
    }
}
