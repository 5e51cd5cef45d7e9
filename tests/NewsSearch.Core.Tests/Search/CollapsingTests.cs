using NewsSearch.Search;
using NewsSearch.Search.Collapsing;

namespace NewsSearch.Core.Tests.Search;

public sealed class CollapsingTests
{
    [Fact]
    public void Small_edits_keep_signatures_similar_and_other_stories_stay_apart()
    {
        var original = Signature(Wire.Original.Body);

        Assert.InRange(NearDuplicateSignature.Similarity(original, Signature(Wire.Edited.Body)), NearDuplicateSignature.MinSimilarity, 1);
        Assert.InRange(NearDuplicateSignature.Similarity(original, Signature(Wire.Trimmed.Body)), NearDuplicateSignature.MinSimilarity, 1);
        Assert.InRange(NearDuplicateSignature.Similarity(original, Signature(Wire.Related.Body)), 0, 0.2);
        Assert.All(Wire.Others(), other => Assert.InRange(NearDuplicateSignature.Similarity(original, Signature(other.Body)), 0, 0.2));
        Assert.Equal(1, NearDuplicateSignature.Similarity(original, Signature(Wire.Story.ToUpperInvariant().Replace(",", "", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_body_too_short_to_judge_gets_no_signature()
    {
        Assert.Empty(NearDuplicateSignature.Of("Le marché recule."));
        Assert.Empty(NearDuplicateSignature.Of(""));
        Assert.False(NearDuplicateSignature.TryRead([], new uint[NearDuplicateSignature.Length]));
    }

    [Fact]
    public void A_story_with_several_edits_here_and_there_is_still_a_copy()
    {
        var edited = Wire.Story
            .Replace("cette année", "en 2023", StringComparison.Ordinal)
            .Replace("selon le ministère", "d'après le ministère", StringComparison.Ordinal)
            .Replace("craignent", "redoutent", StringComparison.Ordinal)
            .Replace("Le gouvernement promet", "Rabat promet", StringComparison.Ordinal) + " (avec AFP)";

        Assert.InRange(NearDuplicateSignature.Similarity(Signature(Wire.Story), Signature(edited)), NearDuplicateSignature.MinSimilarity, 1);
    }

    [Fact]
    public void Copies_of_a_story_are_shown_once_with_their_count()
    {
        using var room = new Newsroom(Wire.All());

        var results = room.Engine.Search(new SearchRequest { Query = "sécheresse Souss" });

        var wire = Assert.Single(results.Hits, h => h.Id.StartsWith("wire-", StringComparison.Ordinal));
        Assert.Equal(2, wire.Copies);
        Assert.Contains(results.Hits, h => h.Id == "related" && h.Copies == 0);
        Assert.Equal(2, results.Total);
        Assert.Equal(4, results.Articles);
        Assert.True(results.Collapsed);
    }

    [Fact]
    public void Turning_collapsing_off_shows_every_copy()
    {
        using var room = new Newsroom(Wire.All());

        var results = room.Engine.Search(new SearchRequest { Query = "sécheresse Souss", CollapseDuplicates = false });

        Assert.Equal(["related", "wire-1", "wire-2", "wire-3"], results.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.All(results.Hits, h => Assert.Equal(0, h.Copies));
        Assert.Equal(4, results.Total);
        Assert.False(results.Collapsed);
    }

    [Fact]
    public void The_best_ranked_copy_represents_the_story()
    {
        using var room = new Newsroom(Wire.All());
        var request = new SearchRequest { Query = "sécheresse Souss" };
        var every = room.Engine.Search(request with { CollapseDuplicates = false }).Hits;

        var shown = Assert.Single(room.Engine.Search(request).Hits, h => h.Id.StartsWith("wire-", StringComparison.Ordinal));

        Assert.Equal(every.First(h => h.Id.StartsWith("wire-", StringComparison.Ordinal)).Id, shown.Id);
    }

    [Fact]
    public void Collapsed_pages_add_up_to_the_total_and_never_repeat_a_story()
    {
        using var room = new Newsroom(Wire.All());
        var request = new SearchRequest { Query = "région OR match OR sécheresse", PageSize = 2 };

        var hits = room.AllPages(request);
        var first = room.Engine.Search(request);
        var total = first.Total;

        Assert.Equal(total, hits.Count);
        Assert.Equal(7, first.Articles); // three copies, "related", and three other stories that say "région" or "match"
        Assert.Equal(first.Articles - 2, total);
        Assert.Single(hits, h => h.Id.StartsWith("wire-", StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, total), hits.Select(h => h.Rank));
        Assert.Equal(hits.Count, hits.Select(h => h.Id).Distinct().Count());
    }

    [Fact]
    public void A_filter_that_keeps_one_copy_shows_it_without_copies()
    {
        using var room = new Newsroom(Wire.All());

        var results = room.Engine.Search(new SearchRequest { Query = "sécheresse", Sources = ["Hespress"] });

        var hit = Assert.Single(results.Hits);
        Assert.Equal("wire-2", hit.Id);
        Assert.Equal(0, hit.Copies);
    }

    [Fact]
    public void Many_identical_bodies_are_one_story()
    {
        using var room = new Newsroom(Enumerable.Range(0, 300).Select(i => Wire.Original with { Id = $"copy-{i}", Title = $"{Wire.Original.Title} ({i})", Url = null }).Append(Wire.Related).ToList());

        var results = room.Engine.Search(new SearchRequest { Query = "sécheresse" });

        Assert.Equal(2, results.Total);
        Assert.Equal(301, results.Articles);
        Assert.Equal(299, results.Hits.Single(h => h.Id.StartsWith("copy-", StringComparison.Ordinal)).Copies);
    }

    private static uint[] Signature(string body)
    {
        var signature = new uint[NearDuplicateSignature.Length];
        Assert.True(NearDuplicateSignature.TryRead(NearDuplicateSignature.Of(body), signature));
        return signature;
    }

    [Fact]
    public void Updating_a_copy_into_another_story_separates_it()
    {
        using var room = new Newsroom(Wire.All());
        room.Engine.IndexArticles([Wire.Trimmed with { Body = Wire.Others().First().Body.Replace("Raja", "FAR", StringComparison.Ordinal) + " Sécheresse." }]);

        var results = room.Engine.Search(new SearchRequest { Query = "sécheresse" });

        Assert.Contains(results.Hits, h => h.Id == "wire-3");
        Assert.Equal(1, results.Hits.Single(h => h.Id is "wire-1" or "wire-2").Copies);
    }
}
