namespace NewsSearch.Indexing.Labelling;

/// <summary>Labels the copies of one run's articles from their links alone (<see cref="StoryGraph"/>), leaving every
/// story the run did not touch as it is: the same stories as clustering the whole index
/// (<see cref="DuplicateLabelling"/>'s full pass) would find, at a cost that follows the run's articles and the stories
/// they touch, not the archive.</summary>
/// <remarks>Before the run, each label was one connected group of linked articles. Links depend only on the two
/// articles, so a story none of whose members went away is still connected, and only grows through the run's new
/// articles: it is handled whole, as one node, without reading its members. A story that lost a member (deleted, or
/// replaced by an edit) may have split: its remaining members are found from the links of the one that went (every
/// remaining member was connected to it through remaining members up to one of its neighbours) and grouped again.</remarks>
internal sealed class IncrementalLabelling(StoryGraph graph)
{
    private readonly Dictionary<int, int> _nodeOfDoc = [];
    private readonly Dictionary<long, int> _nodeOfStory = [];
    private readonly Dictionary<long, int> _memberOfStory = [];
    private readonly List<int> _parent = [];
    private readonly List<long> _docOrStory = [];

    /// <summary>The new labels to write, by document, and the next free label.</summary>
    /// <param name="added">The run's articles still in the index (top-level documents).</param>
    /// <param name="removed">The labelled articles the run deleted or replaced: their label and signature.</param>
    /// <param name="nextLabel">The smallest label never given.</param>
    public (Dictionary<int, long> Changes, long NextLabel) Label(IEnumerable<int> added, IEnumerable<(long Label, uint[] Signature)> removed, long nextLabel)
    {
        var broken = new HashSet<long>();
        foreach (var (label, signature) in removed)
        {
            broken.Add(label);
            foreach (var member in graph.Linked(signature).Where(d => graph.Label(d) == label))
            {
                GatherStory(member, label);
            }
        }

        foreach (var doc in added)
        {
            if (graph.Signature(doc) is not { } signature)
            {
                continue;
            }

            var node = DocNode(doc);
            foreach (var other in graph.Linked(signature))
            {
                var label = graph.Label(other);
                if (label != 0 && !broken.Contains(label))
                {
                    Union(node, StoryNode(label, other));
                    continue;
                }

                if (label != 0 && !_nodeOfDoc.ContainsKey(other))
                {
                    // A part of a broken story its lost member did not lead to (only when the labels written
                    // before missed a link): gathered whole all the same.
                    GatherStory(other, label);
                }

                // Otherwise an article alone (label 0), new too, or a gathered member of a broken story.
                Union(node, DocNode(other));
            }
        }

        return Choose(nextLabel);
    }

    /// <summary>Each group keeps the smallest label among its members that no group before it kept (as the full pass
    /// does), else takes a new one; a group of one article is labelled 0.</summary>
    private (Dictionary<int, long> Changes, long NextLabel) Choose(long nextLabel)
    {
        var groups = Enumerable.Range(0, _parent.Count).GroupBy(Find).OrderBy(g => g.Key);
        var taken = new HashSet<long>();
        var changes = new Dictionary<int, long>();
        foreach (var group in groups)
        {
            var docs = group.Where(n => _docOrStory[n] >= 0).Select(n => (int)_docOrStory[n]).ToList();
            var stories = group.Where(n => _docOrStory[n] < 0).Select(n => -_docOrStory[n]).ToList();
            var wanted = 0L;
            if (stories.Count > 0 || docs.Count > 1)
            {
                var known = docs.Select(graph.Label).Concat(stories).Where(l => l != 0).Order();
                wanted = known.Where(l => !taken.Contains(l)).DefaultIfEmpty(nextLabel).First();
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
                foreach (var member in StoryMembers(_memberOfStory[story], story))
                {
                    changes[member] = wanted;
                }
            }
        }

        return (changes, nextLabel);
    }

    /// <summary>Adds the live members of a story reachable from <paramref name="start"/> through its own members, linked.</summary>
    private void GatherStory(int start, long label)
    {
        foreach (var member in StoryMembers(start, label, (a, b) => Union(DocNode(a), DocNode(b))))
        {
            DocNode(member);
        }
    }

    /// <summary>The members of story <paramref name="label"/> reachable from <paramref name="start"/> by links between
    /// members; <paramref name="link"/> hears of every link followed.</summary>
    private List<int> StoryMembers(int start, long label, Action<int, int>? link = null)
    {
        var seen = new HashSet<int> { start };
        var queue = new Queue<int>([start]);
        while (queue.TryDequeue(out var doc))
        {
            if (graph.Signature(doc) is not { } signature)
            {
                continue;
            }

            foreach (var other in graph.Linked(signature).Where(o => o != doc && graph.Label(o) == label))
            {
                link?.Invoke(doc, other);
                if (seen.Add(other))
                {
                    queue.Enqueue(other);
                }
            }
        }

        return [.. seen];
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
        _parent.Add(_parent.Count);
        _docOrStory.Add(docOrStory);
        return _parent.Count - 1;
    }

    private int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }

        return x;
    }

    private void Union(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra != rb)
        {
            _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
