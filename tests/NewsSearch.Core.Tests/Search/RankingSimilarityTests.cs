using NewsSearch.Search;

namespace NewsSearch.Core.Tests.Search;

public sealed class RankingSimilarityTests
{
    [Theory]
    [InlineData(0.5f, 1, 4, 0.5f)]
    [InlineData(1f, 1, 4, 0.25f)]
    [InlineData(0f, 1, 4, 1f)]
    [InlineData(0.5f, 4, 4, 1f)]
    [InlineData(0.5f, 1, 1, 1f)]
    public void Coordination_scales_by_the_share_of_words_matched_to_a_power(float power, int overlap, int max, float expected)
    {
        var similarity = new RankingSimilarity(new RankingOptions { CoordPower = power });

        Assert.Equal(expected, similarity.Coord(overlap, max), 5);
    }
}
