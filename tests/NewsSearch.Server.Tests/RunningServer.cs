using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using NewsSearch.Articles;
using NewsSearch.IntegrationTests;

namespace NewsSearch.Server.Tests;

/// <summary>The real server (Kestrel on a free loopback port) over a temporary index holding the seed and a few
/// articles of another outlet; stopped and deleted afterwards.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    public const string SeedId = "000_fd615342fcc12f0f";
    public const string SeedSource = "L'opinion";
    public const string OtherSource = "Le Petit Quotidien";

    private readonly TempFolder _folder = new();
    private readonly WebApplication _app;

    private RunningServer(bool withArticles, ServerOptions? options)
    {
        Engine = NewsSearchEngine.Open(Path.Combine(_folder.Path, "index"));
        if (withArticles)
        {
            Engine.IndexFiles([Path.Combine(TempFolder.RepoRoot, "seeds")]);
            Engine.IndexArticles(OtherArticles);
        }

        _app = NewsSearchServer.Build(Engine, (options ?? new ServerOptions()) with { Urls = "http://127.0.0.1:0" });
        _app.StartAsync().GetAwaiter().GetResult();
        BaseAddress = new Uri(_app.Urls.Single());
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public NewsSearchEngine Engine { get; }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    /// <summary>Articles of a second outlet, in two years, that also match <c>IA responsable</c> (so facets have something to filter),
    /// though less well than the seed, which repeats both words: they name them once, after a first paragraph about robots.</summary>
    public static IReadOnlyList<NewsArticle> OtherArticles { get; } =
    [
        new()
        {
            Id = "pq-ia-ecoles", Title = "Des robots dans les écoles", Source = OtherSource, Published = new DateOnly(2021, 3, 2),
            Body = "Le ministère veut des robots en classe dès la rentrée prochaine, dans toutes les académies du pays.\n\nIl promet une intelligence artificielle responsable. Les enseignants demandent des garanties <script>alert(1)</script> & des règles.",
        },
        new()
        {
            Id = "pq-ia-sante", Title = "Des robots à l'hôpital : prudence", Source = OtherSource, Published = new DateOnly(2022, 6, 15),
            Body = "Les médecins de trois hôpitaux testent de nouveaux robots pour les opérations les plus longues.\n\nL'intelligence artificielle lit aussi les radios, avec une démarche responsable et éthique.",
        },
        new()
        {
            Id = "pq-meteo", Title = "Le temps qu'il fera demain", Source = OtherSource, Published = new DateOnly(2022, 6, 16),
            Body = "Du soleil sur la côte, des averses dans les terres et un vent modéré l'après-midi.",
        },
    ];

    public static RunningServer Start(bool withArticles = true, ServerOptions? options = null) => new(withArticles, options);

    /// <summary>GETs a path that must succeed and returns its JSON.</summary>
    public async Task<JsonElement> GetJson(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>GETs a path that must fail and returns its status, media type and body.</summary>
    public async Task<(int Status, string ContentType, JsonElement Body)> GetProblem(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType ?? "", body);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Engine.Dispose();
        _folder.Dispose();
    }
}
