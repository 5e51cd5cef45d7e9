using NewsSearch.Articles;
using NewsSearch.Search;

namespace NewsSearch.IntegrationTests;

/// <summary>The README's library example, as written there.</summary>
public sealed class LibraryExampleTests
{
    [Fact]
    public void Readme_example_indexes_and_finds_the_article()
    {
        // The README's code, with its relative folders anchored in a temp folder (the working directory is shared by parallel tests).
        using var folder = new TempFolder(withSeeds: true);
        var output = new List<string>();
        {
            using var engine = NewsSearchEngine.Open(Path.Combine(folder.Path, "my-index"));

            engine.IndexArticles([
                new NewsArticle
                {
                    Id = "mezzour-ia",
                    Title = "Intelligence Artificielle : Mezzour annonce une instance nationale dédiée à l'IA",
                    Body = "Une réflexion nationale sur une Intelligence Artificielle (IA) responsable.",
                    Source = "L'opinion",
                    Published = new DateOnly(2023, 10, 24),
                },
            ]);
            engine.IndexFiles([Path.Combine(folder.Path, "seeds")]);            // files or folders, any supported format

            SearchResults results = engine.Search(new SearchRequest { Query = "IA responsable", PageSize = 5 });
            foreach (var hit in results.Hits)
            {
                output.Add($"{hit.Rank}. {hit.Title} ({hit.Source}, {hit.Published}): {hit.Snippet}");
            }

            Assert.Equal(2, results.Total);
            Assert.Contains(results.Hits, h => h.Id == "mezzour-ia");
            Assert.Contains(results.Hits, h => h.Id == "000_fd615342fcc12f0f");
            Assert.All(output, line => Assert.Contains("<mark>IA</mark>", line, StringComparison.Ordinal));
        }
    }
}
