using NewsSearch.Articles;
using NewsSearch.Cli.Interactive;
using NewsSearch.Search;

namespace NewsSearch.IntegrationTests;

/// <summary>Drives a console session in-process: lines in, what the session printed (stdout and stderr) out.</summary>
internal static class ConsoleTestKit
{
    public static readonly DateOnly Day = new(2023, 10, 24);

    public sealed record Transcript(string Out, string Err);

    /// <summary>Articles "Article 01" … numbered, all about "climat", one day apart going back from <see cref="Day"/>,
    /// odd ones from "Le Matin", even ones from "L'opinion".</summary>
    public static IEnumerable<NewsArticle> Articles(int count) => Enumerable.Range(1, count).Select(i => new NewsArticle
    {
        Id = $"a{i:00}",
        Title = $"Article {i:00} sur le climat",
        Body = $"Le climat change. Paragraphe numéro {i} du texte.\n\nLes politiques climatiques responsables sont discutées.",
        Source = i % 2 == 1 ? "Le Matin" : "L'opinion",
        Published = Day.AddDays(-i),
        Lang = "fr",
    });

    public static Transcript Run(ISearchBackend backend, string input, bool colour = false, ISearchInterrupts? interrupts = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var view = new ConsoleView(output, error, colour);
        var session = new ConsoleSession(backend, view, new ReaderLines(new StringReader(input)), new PlainPager(output), interrupts ?? new NoInterrupts());
        Assert.Equal(0, session.Run());
        return new Transcript(output.ToString(), error.ToString());
    }

    /// <summary>An engine over a fresh index holding <paramref name="articles"/>, deleted with the folder.</summary>
    public static NewsSearchEngine Engine(TempFolder folder, IEnumerable<NewsArticle> articles)
    {
        var engine = NewsSearchEngine.Open(Path.Combine(folder.Path, "index"));
        engine.IndexArticles(articles);
        return engine;
    }

    /// <summary>Lines a careless or hostile person could type: broken syntax, odd commands and arguments, control
    /// characters and escape sequences, huge lines. Deterministic for a seed. Never <c>:quit</c>.</summary>
    public static IEnumerable<string> HostileLines(int seed, int count)
    {
        string[] pieces =
        [
            "", " ", ":", "::", ":::open", ":open", ":open 1", ":open -1", ":open 0", ":open 2147483648", ":open 1 2",
            ":open ../../etc/passwd", ":source", ":source " + new string('x', 3000), ":source L'opinion", ":from", ":from 0000-00-00",
            ":from 9999-12-31", ":to 0001-01-01", ":to 2023-02-30", ":sort", ":sort DATE", ":sort date relevance", ":facets",
            ":similar", ":similar -1", ":similar 1", ":explain", ":dym", ":yes", ":next", ":prev", ":help me", ":clear", ":n", ":p",
            "\"", "\"unclosed", "(((", ")))", "AND", "OR OR", "NOT", "-", "-IA", "*", "?", "~", "title:", "source:", "title:\"",
            "a*", "ia~", "ia~99", "\\", "\u0000", "\u001b[2J", "\u001b]0;title\u0007", "\t\t", "🙂🙂", "\uFFFD", "مرحبا",
            "%s%n", "{0}", "<script>alert(1)</script>", "&amp;", "IA AND (", "+", "+-+", "\"\"", "l'", "’", new string('é', 2500),
            string.Join(' ', Enumerable.Repeat("IA", 400)), new string('(', 1200), ":OPEN 1", ":Help", "IA responsable",
        ];
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 4)).Select(_ => pieces[random.Next(pieces.Length)]);
            yield return string.Join(random.Next(2) == 0 ? " " : "", parts).Replace('\n', ' ').Replace('\r', ' ');
        }
    }

    public sealed class NoInterrupts : ISearchInterrupts
    {
        public CancellationToken Begin() => CancellationToken.None;

        public void End()
        {
        }
    }

    /// <summary>A real engine, with what other parts of the engine add (suggestions, facets, similar articles,
    /// explanations) supplied by the test and every call recorded.</summary>
    public sealed class ScriptedBackend(NewsSearchEngine engine) : ISearchBackend
    {
        public Func<SearchResults, SearchResults> Decorate { get; init; } = r => r;

        public Func<string, int, SearchResults>? SimilarTo { get; init; }

        public Func<SearchRequest, string, string?>? Explanation { get; init; }

        public List<SearchRequest> Requests { get; } = [];

        public List<(string Id, int Count)> SimilarCalls { get; } = [];

        public bool CanFindSimilar => SimilarTo is not null;

        public bool CanExplain => Explanation is not null;

        public SearchResults Search(SearchRequest request)
        {
            Requests.Add(request);
            return Decorate(engine.Search(request));
        }

        public NewsArticle? GetArticle(string id) => engine.GetArticle(id);

        public SearchResults? Similar(string id, int count)
        {
            SimilarCalls.Add((id, count));
            return SimilarTo?.Invoke(id, count);
        }

        public string? Explain(SearchRequest request, string id) => Explanation?.Invoke(request, id);
    }
}
