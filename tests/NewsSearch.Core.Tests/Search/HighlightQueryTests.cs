using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsSearch.Indexing;
using NewsSearch.Search.Snippets;

namespace NewsSearch.Core.Tests.Search;

public sealed class HighlightQueryTests
{
    [Fact]
    public void Keeps_the_body_terms_and_phrases_and_leaves_out_other_fields_and_exclusions()
    {
        var bodyPhrase = new PhraseQuery { new Term(FieldNames.Body, "inteligenc"), new Term(FieldNames.Body, "artificiel") };
        var otherPhrase = new PhraseQuery { new Term(FieldNames.Source, "intelligence"), new Term(FieldNames.Source, "artificielle") };
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(FieldNames.Title, "ia")), Occur.SHOULD },
            { new TermQuery(new Term(FieldNames.Body, "ia")), Occur.SHOULD },
            { new DisjunctionMaxQuery(0f) { bodyPhrase, otherPhrase }, Occur.MUST },
            { new TermQuery(new Term(FieldNames.Body, "maroc")), Occur.MUST_NOT },
        };

        var kept = HighlightQuery.On(query, FieldNames.Body);

        var terms = new HashSet<Term>();
        kept!.ExtractTerms(terms);
        Assert.Equal(["body:artificiel", "body:ia", "body:inteligenc"], terms.Select(t => t.ToString()).Order());
    }

    [Fact]
    public void A_query_with_nothing_on_the_body_has_no_highlight_query()
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(FieldNames.Title, "merkel")), Occur.MUST },
            { new TermQuery(new Term(FieldNames.Source, "merkel")), Occur.SHOULD },
        };

        Assert.Null(HighlightQuery.On(query, FieldNames.Body));
    }

    [Fact]
    public void Only_a_query_of_single_terms_has_the_same_highlighting_weights_for_every_hit()
    {
        var terms = new BooleanQuery
        {
            { new TermQuery(new Term(FieldNames.Body, "maroc")), Occur.SHOULD },
            { new DisjunctionMaxQuery(0f) { new TermQuery(new Term(FieldNames.Body, "senegal")) }, Occur.MUST },
        };
        var withPhrase = new BooleanQuery
        {
            { terms, Occur.MUST },
            { new PhraseQuery { new Term(FieldNames.Body, "coup"), new Term(FieldNames.Body, "afriqu") }, Occur.SHOULD },
        };

        Assert.True(HighlightQuery.IsTermsOnly(terms));
        Assert.False(HighlightQuery.IsTermsOnly(withPhrase));
        Assert.False(HighlightQuery.IsTermsOnly(new PrefixQuery(new Term(FieldNames.Body, "investi"))));
    }

    [Fact]
    public void Snippets_of_a_title_only_search_are_the_body_openings()
    {
        using var index = new TempIndex();
        using var engine = index.Open();
        engine.IndexArticles([Some.Article("m", title: "Angela Merkel en visite", body: "La chancelière allemande est arrivée à Rabat. Merkel a rencontré le roi.")]);

        var hit = Assert.Single(engine.Search(new NewsSearch.Search.SearchRequest { Query = "title:Merkel" }).Hits);

        Assert.Equal("La chancelière allemande est arrivée à Rabat. Merkel a rencontré le roi.", hit.Snippet);
    }
}
