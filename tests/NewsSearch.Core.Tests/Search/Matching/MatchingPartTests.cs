using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsSearch.Search.Matching;

namespace NewsSearch.Core.Tests.Search.Matching;

/// <summary>The matching part of a query finds the same documents without the optional clauses that only score.</summary>
public sealed class MatchingPartTests : IDisposable
{
    private static readonly string[] Texts =
    [
        "macron retraites reforme",
        "macron berlin merkel",
        "retraites agriculteurs",
        "reforme retraites syndicats greve",
        "brexit peche",
        "macron reforme",
    ];

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public MatchingPartTests()
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            foreach (var text in Texts)
            {
                writer.AddDocument([new TextField("body", text, Field.Store.NO)]);
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    [Fact]
    public void Optional_clauses_beside_required_ones_are_left_out_and_the_documents_stay_the_same()
    {
        var query = new BooleanQuery(disableCoord: true)
        {
            { Words(2, "macron", "retraites", "reforme"), Occur.MUST },
            { new PhraseQuery { new Term("body", "macron"), new Term("body", "retraites") }, Occur.SHOULD },
            { Term("greve"), Occur.SHOULD },
        };

        var part = MatchingPart.Of(query);

        var boolean = Assert.IsType<BooleanQuery>(part);
        Assert.Equal(Occur.MUST, Assert.Single(boolean.Clauses).Occur);
        Assert.Equal(Docs(query), Docs(part));
        Assert.Equal([0, 3, 5], Docs(part));
    }

    [Fact]
    public void Optional_clauses_that_decide_the_match_are_kept()
    {
        var disjunction = Words(0, "brexit", "merkel");
        var atLeastTwo = new BooleanQuery { { Term("macron"), Occur.MUST }, { Term("retraites"), Occur.SHOULD }, { Term("reforme"), Occur.SHOULD } };
        atLeastTwo.MinimumNumberShouldMatch = 1;
        var excluding = new BooleanQuery { { Term("retraites"), Occur.SHOULD }, { Term("reforme"), Occur.MUST_NOT } };

        Assert.Same(disjunction, MatchingPart.Of(disjunction));
        Assert.Same(atLeastTwo, MatchingPart.Of(atLeastTwo));
        Assert.Same(excluding, MatchingPart.Of(excluding));
        Assert.Equal([1, 4], Docs(disjunction));
    }

    [Fact]
    public void Nested_and_filtered_queries_are_read_through()
    {
        var scored = new BooleanQuery { { Term("retraites"), Occur.MUST }, { Term("syndicats"), Occur.SHOULD } };
        var query = new BooleanQuery
        {
            { new FilteredQuery(scored, new QueryWrapperFilter(Term("reforme"))), Occur.MUST },
            { new BooleanQuery { { Term("macron"), Occur.MUST }, { Term("greve"), Occur.SHOULD } }, Occur.MUST_NOT },
        };

        var part = MatchingPart.Of(query);

        Assert.NotSame(query, part);
        Assert.DoesNotContain("syndicats", part.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("greve", part.ToString(), StringComparison.Ordinal);
        Assert.Equal([3], Docs(part));
        Assert.Equal(Docs(query), Docs(part));
    }

    private static TermQuery Term(string word) => new(new Term("body", word));

    private static BooleanQuery Words(int atLeast, params string[] words)
    {
        var query = new BooleanQuery { MinimumNumberShouldMatch = atLeast };
        foreach (var word in words)
        {
            query.Add(Term(word), Occur.SHOULD);
        }

        return query;
    }

    private int[] Docs(Query query) => [.. _searcher.Search(query, Texts.Length).ScoreDocs.Select(d => d.Doc).Order()];

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
