using NewsSearch.Articles;

namespace NewsSearch.Core.Tests;

/// <summary>Deterministic test data.</summary>
public static class Some
{
    public static readonly DateOnly Date = new(2023, 10, 24);

    /// <summary>An article; without a body of its own it gets one naming its id, so that two test articles are never
    /// the same text (which indexing merges as one article).</summary>
    public static NewsArticle Article(string id, string title = "Titre", string? body = null, string? source = "Le Matin", DateOnly? published = null) => new()
    {
        Id = id,
        Title = title,
        Body = body ?? $"Corps de l'article {id}.",
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
