using NewsSearch.Articles;
using NewsSearch.Search;

namespace NewsSearch.IntegrationTests;

/// <summary>The library examples of the README and of src/NewsSearch.Core/README.md, as written there.</summary>
public sealed class LibraryExampleTests
{
    [Fact]
    public void Readme_ten_line_example_indexes_the_seeds_and_finds_the_seed_article()
    {
        using var folder = new TempFolder(withSeeds: true);
        var output = new List<string>();
        {
            using var engine = NewsSearchEngine.Open(Path.Combine(folder.Path, "my-index"));   // an empty index is created when there is none
            engine.IndexFiles([Path.Combine(folder.Path, "seeds")]);                            // files or folders, any supported format
            var results = engine.Search(new SearchRequest { Query = "IA responsable", PageSize = 5 });
            foreach (var hit in results.Hits)
            {
                output.Add($"{hit.Rank}. {hit.Title} ({hit.Source}, {hit.Published}): {hit.Snippet}");
            }
        }

        var line = Assert.Single(output);
        Assert.StartsWith("1. Intelligence Artificielle : Mezzour annonce", line, StringComparison.Ordinal);
        Assert.Contains("(<mark>IA</mark>) <mark>responsable</mark>", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Library_page_example_indexes_an_article_and_files_and_finds_both()
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
