using NewsSearch.Analysis;
using NewsSearch.Search.Expansion;

namespace NewsSearch.Core.Tests.Search.Expansion;

public sealed class SynonymListTests
{
    [Fact]
    public void Groups_are_read_one_per_line_and_comments_and_single_members_skipped()
    {
        var list = SynonymList.Parse(new StringReader("# comment\nia, intelligence artificielle\n\nseul\n ue ,Union européenne , \n"));

        Assert.Equal([["ia", "intelligence artificielle"], ["ue", "Union européenne"]], list.Groups);
    }

    [Fact]
    public void Shipped_list_holds_the_common_news_acronyms()
    {
        var members = SynonymList.Shipped().Groups.SelectMany(g => g).ToHashSet();

        foreach (var acronym in new[] { "ia", "ue", "onu", "oms", "fmi", "bce", "can", "ua", "cua", "cedeao", "pib", "pme", "sncf", "jo" })
        {
            Assert.Contains(acronym, members);
        }
    }

    [Fact]
    public void Expander_matches_the_longest_member_whatever_the_case_accents_and_apostrophes()
    {
        var analyzer = new FrenchNewsAnalyzer();
        var list = SynonymList.Parse(new StringReader("can, coupe d'Afrique des nations\ncoupe, trophée\n"));
        var expander = new SynonymExpander(list, text => analyzer.Tokens(text, FrenchNewsAnalyzer.WrittenFormsField));
        IReadOnlyList<string> words = analyzer.Tokens("la Coupe d’AFRIQUE des Nations", FrenchNewsAnalyzer.WrittenFormsField);

        var (length, group) = expander.Match(words, 1);

        Assert.Equal(4, length);
        Assert.Equal(["can", "coupe d'Afrique des nations"], group);
        Assert.Equal(0, expander.Match(words, 0).Length);
    }
}
