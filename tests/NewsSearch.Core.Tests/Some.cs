using NewsSearch.Articles;

namespace NewsSearch.Core.Tests;

/// <summary>Deterministic test data.</summary>
public static class Some
{
    public static readonly DateOnly Date = new(2023, 10, 24);

    public static NewsArticle Article(string id, string title = "Titre", string body = "Corps de l'article.", string? source = "Le Matin", DateOnly? published = null) => new()
    {
        Id = id,
        Title = title,
        Body = body,
        Source = source,
        Published = published ?? Date,
        Lang = "fr",
    };

    /// <summary>The repository folder (holding NewsSearch.sln), found from the test's output folder.</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsSearch.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("NewsSearch.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string SeedPath => Path.Combine(RepoRoot, "seeds", "000_fd615342fcc12f0f.txt");

    public const string SeedId = "000_fd615342fcc12f0f";
}
