namespace NewsSearch.Search.Collapsing;

/// <summary>Disjoint sets over nodes numbered from 0 (the first <c>count</c>, then in the order they are added); a
/// set's root is its smallest node. Clustering the whole index and labelling one run's stories both join copies so.</summary>
internal sealed class UnionFind(int count = 0)
{
    private readonly List<int> _parent = [.. Enumerable.Range(0, count)];

    public int Add()
    {
        _parent.Add(_parent.Count);
        return _parent.Count - 1;
    }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }

        return x;
    }

    /// <summary>Joins the sets of two nodes; false when they were one already.</summary>
    public bool Union(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra == rb)
        {
            return false;
        }

        _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        return true;
    }
}
