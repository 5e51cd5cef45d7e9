using Lucene.Net.Search;
using NewsSearch.Analysis;
using NewsSearch.Search;
using NewsSearch.Search.Parsing;

namespace NewsSearch.Core.Tests.Search.Relevance;

public sealed class FuzzTests(NewsFixture news) : IClassFixture<NewsFixture>
{
    private const string Hostile = "\"'()[]{}*?~:^!+-&|\\/<>=@#$%,;.`´’«»\t\n\r\0\u0001\u001f\u007f\u2019\u201c\u201d";
    private static readonly string[] Words = ["IA", "intelligence", "artificielle", "Merkell", "AND", "OR", "NOT", "title:", "source:", "Jean-Luc", "aujourd'hui", "a*", "mer*", "ia~", "\"", "(", ")", "-", "+", "*", "?", "~", ":", "l'", "États-Unis"];

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 6).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_and_hostile_queries_never_throw_and_stay_bounded(int seed)
    {
        var random = new Random(seed);
        var builder = new QueryBuilder(new FrenchNewsAnalyzer(), new RankingOptions());
        for (var i = 0; i < 500; i++)
        {
            var text = RandomQuery(random);
            var results = news.Search(text);

            Assert.NotNull(results.Hits);
            Assert.True(results.Hits.Count <= 20);
            var query = builder.Build(UserQueryParser.Parse(text[..Math.Min(text.Length, QueryLimits.MaxQueryLength)]).Root!);
            Assert.True(query is null || Leaves(query) <= 4_000, $"query too large for: {text}");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("((((((((((((((((((((")]
    [InlineData("))))")]
    [InlineData("AND OR NOT")]
    [InlineData("*")]
    [InlineData("*ia")]
    [InlineData("?")]
    [InlineData("~")]
    [InlineData(":")]
    [InlineData("title:")]
    [InlineData("-")]
    [InlineData("- - -")]
    [InlineData("+-+-")]
    [InlineData("\0\u0001\u0002")]
    [InlineData("le la les de des")]
    public void Degenerate_queries_return_a_result_not_an_exception(string text)
    {
        Assert.NotNull(news.Search(text).Hits);
    }

    [Fact]
    public void Every_ascii_punctuation_character_alone_and_around_a_word_is_searchable()
    {
        for (var c = (char)33; c < 127; c++)
        {
            if (char.IsLetterOrDigit(c))
            {
                continue;
            }

            Assert.NotNull(news.Search(c.ToString()).Hits);
            // A leading '-' is the exclusion operator: "-Merkel- sommet 1" rightly excludes Merkel.
            Assert.True(news.Ids($"{c}Merkel{c} sommet 1").Contains("merkel-1") || c == '-', $"'{c}Merkel{c} sommet 1' lost the article");
        }
    }

    [Fact]
    public void At_most_eight_prefix_or_fuzzy_words_expand_in_one_query_and_the_rest_are_read_as_written()
    {
        var builder = new QueryBuilder(new FrenchNewsAnalyzer(), new RankingOptions());
        var text = string.Join(' ', Enumerable.Range(0, 30).Select(i => i % 2 == 0 ? "artifiicelle~" : "merk*"));

        var query = builder.Build(UserQueryParser.Parse(text).Root!)!;
        var one = builder.Build(UserQueryParser.Parse("artifiicelle~").Root!)!;

        // One expansion per field searched for each of the first eight words.
        Assert.Equal(QueryLimits.MaxExpandingWords * Expanding(one), Expanding(query));
        Assert.NotNull(news.Search(text).Hits);
    }

    // Distinct prefix and fuzzy queries in the tree (a word's query may sit in more than one place of it).
    private static int Expanding(Query query)
    {
        var found = new HashSet<Query>(ReferenceEqualityComparer.Instance);
        Collect(query, found);
        return found.Count;
    }

    private static void Collect(Query query, HashSet<Query> found)
    {
        switch (query)
        {
            case MultiTermQuery term:
                found.Add(term);
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    Collect(clause.Query, found);
                }

                break;
            case DisjunctionMaxQuery max:
                foreach (var disjunct in max.Disjuncts)
                {
                    Collect(disjunct, found);
                }

                break;
        }
    }

    [Fact]
    public void Very_long_query_is_cut_and_says_so()
    {
        var text = string.Join(' ', Enumerable.Repeat("intelligence artificielle (IA OR \"Merkel", 400));

        var results = news.Search(text);

        Assert.Contains(results.Notices, n => n.Contains("first 1000 characters", StringComparison.Ordinal) || n.Contains("first 1,000", StringComparison.Ordinal));
    }

    private static string RandomQuery(Random random)
    {
        var parts = new List<string>();
        var count = random.Next(1, random.Next(2) == 0 ? 6 : 60);
        for (var i = 0; i < count; i++)
        {
            parts.Add(random.Next(3) switch
            {
                0 => Words[random.Next(Words.Length)],
                1 => new string(Enumerable.Range(0, random.Next(1, 6)).Select(_ => Hostile[random.Next(Hostile.Length)]).ToArray()),
                _ => new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => (char)random.Next(1, 0x3000)).ToArray()),
            });
        }

        return string.Join(random.Next(2) == 0 ? " " : "", parts);
    }

    private static int Leaves(Query query) => query switch
    {
        BooleanQuery boolean => boolean.Clauses.Sum(c => Leaves(c.Query)),
        DisjunctionMaxQuery max => max.Disjuncts.Sum(Leaves),
        _ => 1,
    };
}
