using NewsSearch.Articles;
using NewsSearch.Search;

namespace NewsSearch.Core.Tests.Search.Relevance;

/// <summary>A small index of hand-written articles covering synonyms, spelling variants, typos and questions.</summary>
public sealed class NewsFixture : IDisposable
{
    private readonly TempIndex _folder = new();

    public NewsFixture()
    {
        Engine = _folder.Open();
        Engine.IndexArticles(Articles());
    }

    public NewsSearchEngine Engine { get; }

    public SearchResults Search(string query, int top = 20) => Engine.Search(new SearchRequest { Query = query, PageSize = top });

    public IReadOnlyList<string> Ids(string query) => Search(query).Hits.Select(h => h.Id).ToList();

    public void Dispose()
    {
        Engine.Dispose();
        _folder.Dispose();
    }

    private static IEnumerable<NewsArticle> Articles()
    {
        for (var i = 0; i < 10; i++)
        {
            yield return Some.Article($"merkel-{i}", $"Angela Merkel au sommet numéro {i}", $"La chancelière Angela Merkel a parlé du budget européen, réunion {i}.");
        }

        yield return Some.Article("merkell-typo", "Une dépêche mal relue", "Le texte cite Angela Merkell, une faute de frappe.");
        yield return Some.Article("ia-long", "Médecine", "Les médecins utilisent l'intelligence artificielle pour lire les radios.");
        yield return Some.Article("ia-short", "Une instance nationale", "Le Maroc crée une instance dédiée à l'IA et aux données.");
        yield return Some.Article("melenchon", "Jean-Luc Mélenchon en meeting", "Jean-Luc Mélenchon a réuni ses partisans à Marseille.");
        yield return Some.Article("melenchon-plain", "Meeting insoumis", "Le chef des insoumis, jean luc melenchon, parle.");
        yield return Some.Article("usa", "Les États-Unis et la Chine", "Les États-Unis imposent de nouveaux droits de douane.");
        yield return Some.Article("ivoire", "Élection en Côte d’Ivoire", "Les électeurs de Côte d’Ivoire votent aujourd’hui.");
        yield return Some.Article("ivoire-plain", "Abidjan", "Une foule a Abidjan, en cote d'ivoire, aujourd'hui encore.");
        yield return Some.Article("medals", "Jeux olympiques", "La France a gagné 33 médailles aux Jeux olympiques de Tokyo.");
        yield return Some.Article("combien", "Combien ça coûte", "Combien ? Combien de fois faut-il le demander, combien ?");
    }
}
