using NewsSearch.Search.Collapsing;

namespace NewsSearch.Indexing.Labelling;

/// <summary>Labels the copies of one run's articles from their links alone (<see cref="StoryGraph"/>), leaving every
/// story the run did not touch as it is: the same stories as clustering the whole index
/// (<see cref="DuplicateLabelling"/>'s full pass) would find, at a cost that follows the run's articles and the stories
/// they touch, not the archive.</summary>
/// <remarks>Before the run, each label was one connected group of linked articles. Links depend only on the two
/// articles, so a story none of whose members went away is still connected, and only grows through the run's new
/// articles: it is handled whole, as one node, without reading its members. A story that lost members (deleted, or
/// replaced by an edit) stays whole when the remaining neighbours of the lost ones are still connected to each other
/// (every remaining member was connected to a lost one through remaining members up to one of its neighbours);
/// otherwise it has split, and its parts, found whole by then, are grouped again.</remarks>
internal sealed class IncrementalLabelling(StoryGraph graph)
{
    private readonly UnionFind _groups = new();
    private readonly Dictionary<int, int> _nodeOfDoc = [];
    private readonly Dictionary<long, int> _nodeOfStory = [];
    private readonly Dictionary<long, int> _memberOfStory = [];
    private readonly List<long> _docOrStory = [];
    private readonly HashSet<long> _split = [];

    /// <summary>The new labels to write, by document, and the next free label.</summary>
    /// <param name="added">The run's articles still in the index (top-level documents).</param>
    /// <param name="removed">The labelled articles the run deleted or replaced: their label and signature.</param>
    /// <param name="nextLabel">The smallest label never given.</param>
    public (Dictionary<int, long> Changes, long NextLabel) Label(IEnumerable<int> added, IEnumerable<(long Label, uint[] Signature)> removed, long nextLabel)
    {
        foreach (var story in removed.GroupBy(r => r.Label))
        {
            Recheck(story.Key, [.. story.Select(r => r.Signature)]);
        }

        foreach (var doc in added)
        {
            Join(doc);
        }

        return Choose(nextLabel);
    }

    /// <summary>Whether a story that lost members is still one; if not, its parts become groups of their own.</summary>
    private void Recheck(long label, List<uint[]> lost)
    {
        var seeds = lost.SelectMany(graph.Linked).Where(d => graph.Label(d) == label).Distinct().ToList();
        var local = new UnionFind();
        var index = new Dictionary<int, int>();
        var docs = new List<int>();
        foreach (var seed in seeds)
        {
            index[seed] = local.Add();
            docs.Add(seed);
        }

        // The lost members' neighbours are most often linked to each other directly: compared first, pair by pair.
        var parts = seeds.Count;
        for (var i = 0; i < seeds.Count && parts > 1; i++)
        {
            for (var j = i + 1; j < seeds.Count && parts > 1; j++)
            {
                if (local.Find(i) != local.Find(j) && graph.Linked(seeds[i], seeds[j]))
                {
                    parts -= local.Union(i, j) ? 1 : 0;
                }
            }
        }

        // Otherwise each remaining member is reached from a seed: the walk stops once the seeds are one group of two
        // or more.
        var queue = new Queue<int>(seeds);
        while ((parts > 1 || index.Count < 2) && queue.TryDequeue(out var doc))
        {
            var signature = graph.Signature(doc)!;
            foreach (var other in graph.Candidates(signature))
            {
                var known = index.TryGetValue(other, out var node);
                if (other == doc || graph.Label(other) != label || (known && local.Find(node) == local.Find(index[doc])) || !graph.Links(signature, other))
                {
                    continue;
                }

                if (!known)
                {
                    index[other] = node = local.Add();
                    docs.Add(other);
                    queue.Enqueue(other);
                    parts++;
                }

                parts -= local.Union(index[doc], node) ? 1 : 0;
            }
        }

        if (parts == 1 && index.Count >= 2)
        {
            return; // still one story, under its label
        }

        // Split (or down to one article): every part was walked whole, and each is grouped again.
        _split.Add(label);
        foreach (var (doc, node) in index)
        {
            _groups.Union(DocNode(doc), DocNode(docs[local.Find(node)]));
        }
    }

    /// <summary>Links a new article to the articles and stories it copies.</summary>
    private void Join(int doc)
    {
        if (graph.Signature(doc) is not { } signature)
        {
            return;
        }

        var node = DocNode(doc);
        foreach (var other in graph.Candidates(signature))
        {
            var label = graph.Label(other);
            var whole = label != 0 && !_split.Contains(label);
            var existing = whole ? _nodeOfStory.GetValueOrDefault(label, -1) : _nodeOfDoc.GetValueOrDefault(other, -1);
            if (other == doc || (existing >= 0 && _groups.Find(existing) == _groups.Find(node)) || !graph.Links(signature, other))
            {
                continue;
            }

            // An untouched story joins as a whole; anything else (an article alone, another new one, a member of a
            // story that split) as itself.
            _groups.Union(node, whole ? StoryNode(label, other) : DocNode(other));
        }
    }

    /// <summary>Each group keeps the smallest label among its members that no group before it kept (as the full pass
    /// does), else takes a new one; a group of one article is labelled 0.</summary>
    private (Dictionary<int, long> Changes, long NextLabel) Choose(long nextLabel)
    {
        var taken = new HashSet<long>();
        var changes = new Dictionary<int, long>();
        foreach (var group in Enumerable.Range(0, _docOrStory.Count).GroupBy(_groups.Find).OrderBy(g => g.Key))
        {
            var docs = group.Where(n => _docOrStory[n] >= 0).Select(n => (int)_docOrStory[n]).ToList();
            var stories = group.Where(n => _docOrStory[n] < 0).Select(n => -_docOrStory[n]).ToList();
            var wanted = 0L;
            if (stories.Count > 0 || docs.Count > 1)
            {
                var known = docs.Select(graph.Label).Concat(stories).Where(l => l != 0 && !taken.Contains(l)).Order();
                wanted = known.DefaultIfEmpty(nextLabel).First();
                nextLabel = wanted == nextLabel ? nextLabel + 1 : nextLabel;
                taken.Add(wanted);
            }

            foreach (var doc in docs.Where(d => graph.Label(d) != wanted))
            {
                changes[doc] = wanted;
            }

            // A story merged into another: its members, read only now, take the kept label.
            foreach (var story in stories.Where(s => s != wanted))
            {
                foreach (var member in Members(_memberOfStory[story], story))
                {
                    changes[member] = wanted;
                }
            }
        }

        return (changes, nextLabel);
    }

    /// <summary>The members of an untouched story, walked from one of them through links between members.</summary>
    private HashSet<int> Members(int start, long label)
    {
        var seen = new HashSet<int> { start };
        var queue = new Queue<int>([start]);
        while (queue.TryDequeue(out var doc))
        {
            var signature = graph.Signature(doc)!;
            foreach (var other in graph.Candidates(signature))
            {
                if (!seen.Contains(other) && graph.Label(other) == label && graph.Links(signature, other))
                {
                    seen.Add(other);
                    queue.Enqueue(other);
                }
            }
        }

        return seen;
    }

    private int DocNode(int doc)
    {
        if (!_nodeOfDoc.TryGetValue(doc, out var node))
        {
            _nodeOfDoc[doc] = node = NewNode(doc);
        }

        return node;
    }

    /// <summary>The node standing for a whole untouched story; <paramref name="member"/> is one of its members.</summary>
    private int StoryNode(long label, int member)
    {
        if (!_nodeOfStory.TryGetValue(label, out var node))
        {
            _nodeOfStory[label] = node = NewNode(-label);
            _memberOfStory[label] = member;
        }

        return node;
    }

    private int NewNode(long docOrStory)
    {
        _docOrStory.Add(docOrStory);
        return _groups.Add();
    }
}
