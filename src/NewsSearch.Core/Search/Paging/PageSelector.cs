using NewsSearch.Search.Collapsing;

namespace NewsSearch.Search.Paging;

/// <summary>Ranks the hits of an <see cref="AllHitsCollector"/> and cuts one page out of them. With collapsing,
/// each cluster of near-duplicates is represented by its best-ranked copy, and total and ranks count clusters, so
/// pages never repeat a story. The total counts the results of the match set (a story counts when one of its copies
/// is in it); in relevance order the hits may go on past it with articles of the wider ranking query.</summary>
internal static class PageSelector
{
    /// <param name="hits">Every hit.</param>
    /// <param name="sort">The order.</param>
    /// <param name="clusters">Near-duplicate clusters to collapse, or <c>null</c>.</param>
    /// <param name="skip">Results before the page.</param>
    /// <param name="take">The page size.</param>
    /// <param name="after">Where the previous page ended, when known: then only the results after it are ranked,
    /// and <paramref name="skip"/> only numbers the ranks.</param>
    /// <param name="excluded">Documents to leave out altogether.</param>
    public static (List<RankedDoc> Page, int Total) Select(
        AllHitsCollector hits, SearchSort sort, DuplicateClusters? clusters, int skip, int take,
        HitCursor? after = null, Func<int, bool>? excluded = null)
    {
        var (docs, scores, days) = hits.Buffers;
        var order = new HitOrder(docs, scores, days, sort);
        var (heads, copies, total) = Heads(hits, order, clusters, excluded);
        try
        {
            return (Page(order, heads, copies, skip, take, after), total);
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(heads.Items);
        }
    }

    private static List<RankedDoc> Page(HitOrder order, PooledList heads, Dictionary<int, int>? copies, int skip, int take, HitCursor? after)
    {
        // Keep the best heads in a heap whose top is the worst kept: O(n log k), not a full sort.
        var wanted = after is null ? skip + take : take;
        var kept = new PriorityQueue<int, int>(Math.Min(wanted, heads.Count) + 1, Comparer<int>.Create((a, b) => order.Compare(b, a)));
        for (var h = 0; h < heads.Count; h++)
        {
            var head = heads.Items[h];
            if (after is not null && !order.IsAfter(head, after))
            {
                continue;
            }

            if (kept.Count < wanted)
            {
                kept.Enqueue(head, head);
            }
            else if (order.Compare(head, kept.Peek()) < 0)
            {
                kept.DequeueEnqueue(head, head);
            }
        }

        var best = new int[kept.Count];
        for (var i = best.Length - 1; i >= 0; i--)
        {
            best[i] = kept.Dequeue();
        }

        var page = new List<RankedDoc>();
        var first = after is null ? skip : 0;
        for (var i = first; i < best.Length; i++)
        {
            var hit = best[i];
            page.Add(new RankedDoc(order.Docs[hit], order.Scores[hit], skip + (i - first) + 1, copies?.GetValueOrDefault(hit) ?? 0, order.Days[hit]));
        }

        return page;
    }

    /// <summary>Hit indexes that head the result list: every hit, or with clusters the best copy of each,
    /// with how many other copies it stands for; and how many of the results are in the match set.</summary>
    private static (PooledList Heads, Dictionary<int, int>? Copies, int Total) Heads(
        AllHitsCollector hits, HitOrder order, DuplicateClusters? clusters, Func<int, bool>? excluded)
    {
        var heads = new PooledList(System.Buffers.ArrayPool<int>.Shared.Rent(Math.Max(1, hits.Count)));
        var total = 0;
        if (clusters is null)
        {
            for (var i = 0; i < hits.Count; i++)
            {
                if (excluded is null || !excluded(order.Docs[i]))
                {
                    heads.Add(i);
                    total += hits.IsMember(order.Docs[i]) ? 1 : 0;
                }
            }

            return (heads, null, total);
        }

        var bestOf = new Dictionary<int, (int Hit, int Count, bool Member)>();
        for (var i = 0; i < hits.Count; i++)
        {
            var doc = order.Docs[i];
            if (excluded is not null && excluded(doc))
            {
                continue;
            }

            var cluster = clusters.ClusterOf(doc);
            var member = hits.IsMember(doc);
            if (cluster < 0)
            {
                heads.Add(i);
                total += member ? 1 : 0;
            }
            else if (bestOf.TryGetValue(cluster, out var best))
            {
                bestOf[cluster] = (order.Compare(i, best.Hit) < 0 ? i : best.Hit, best.Count + 1, best.Member || member);
            }
            else
            {
                bestOf[cluster] = (i, 1, member);
            }
        }

        var copies = new Dictionary<int, int>(bestOf.Count);
        foreach (var (hit, members, member) in bestOf.Values)
        {
            heads.Add(hit);
            copies[hit] = members - 1;
            total += member ? 1 : 0;
        }

        return (heads, copies, total);
    }

    /// <summary>Hit indexes in an array rented from the shared pool (as long as the hits: no large-object allocation per search).</summary>
    private sealed class PooledList(int[] items)
    {
        public int[] Items { get; } = items;

        public int Count { get; private set; }

        public void Add(int item) => Items[Count++] = item;
    }

    /// <summary>The same order as Lucene's collectors: score (or day, then score) descending, then document id.</summary>
    private sealed class HitOrder(int[] docs, float[] scores, int[] days, SearchSort sort)
    {
        public int[] Docs { get; } = docs;

        public float[] Scores { get; } = scores;

        public int[] Days { get; } = days;

        /// <summary>Whether hit <paramref name="a"/> ranks below the cursor.</summary>
        public bool IsAfter(int a, HitCursor cursor)
        {
            if (sort == SearchSort.Date && Days[a] != cursor.Day)
            {
                return Days[a] < cursor.Day;
            }

            return Scores[a] != cursor.Score ? Scores[a] < cursor.Score : Docs[a] > cursor.Doc;
        }

        /// <summary>Negative when hit <paramref name="a"/> ranks above hit <paramref name="b"/>.</summary>
        public int Compare(int a, int b)
        {
            if (sort == SearchSort.Date && Days[a] != Days[b])
            {
                return Days[b].CompareTo(Days[a]);
            }

            var byScore = Scores[b].CompareTo(Scores[a]);
            return byScore != 0 ? byScore : Docs[a].CompareTo(Docs[b]);
        }
    }
}
