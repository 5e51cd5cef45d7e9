using System.Diagnostics;
using NewsSearch.Articles;
using NewsSearch.Indexing;

namespace NewsSearch.Fetching;

/// <summary>One feed in one round: asked conditionally (unless backed off), its new and changed items archived, the
/// page of each teaser fetched and read; one log line at the end.</summary>
internal sealed class FeedFetch(FeedSource source, RoundContext round)
{
    private const int MaxPageAttempts = 3;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromDays(1);
    private static readonly TimeSpan ForgetAfter = TimeSpan.FromDays(30);

    private readonly string _url = source.Url.AbsoluteUri;
    private int _new, _pages, _failed;

    public async Task RunAsync()
    {
        var clock = Stopwatch.StartNew();
        var state = round.State.Feeds[_url];
        if (state.NotBefore is { } notBefore && notBefore > round.Now)
        {
            var reason = $"not asked until {notBefore.UtcDateTime:yyyy-MM-dd HH:mm}Z after {state.Failures} failed rounds ({state.LastError})";
            round.BackedOff.Enqueue(new FetchFailure(_url, reason));
            round.Log.Information("{Feed}: backed off, {Reason}", _url, reason);
            return;
        }

        round.Report(_url);
        var outcome = await round.Client.GetAsync(source.Url, new Validators(state.ETag, state.LastModified), round.Stop);
        if (outcome.Answer is not { } answer)
        {
            Fail(state, outcome.Failure!);
            return;
        }

        if (answer.NotModified)
        {
            round.CountNotModified();
            Succeeded(state);
            await RetryPendingPagesAsync(state, state.Items.Keys.ToList());
            round.Log.Information("{Feed}: not modified{Pages} ({Seconds:0.00} s)", _url, _pages > 0 ? $", {_pages} pages fetched again" : "", clock.Elapsed.TotalSeconds);
            return;
        }

        var (items, problem) = FeedItems.Parse(answer);
        if (problem is not null)
        {
            Fail(state, problem);
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (round.Stop.IsCancellationRequested)
            {
                // The validators stay as they were: the next round gets the feed whole and carries on.
                return;
            }

            if (seen.Add(item.Id))
            {
                await TakeAsync(state, item);
            }
        }

        (state.ETag, state.LastModified) = (answer.Validators.ETag, answer.Validators.LastModified);
        Succeeded(state);
        Forget(state, seen);
        round.Log.Information("{Feed}: {Items} items, {New} new, {Pages} pages fetched, {Failed} failed ({Seconds:0.00} s)",
            _url, items.Count, _new, _pages, _failed, clock.Elapsed.TotalSeconds);
    }

    private async Task TakeAsync(FeedState state, NewsArticle item)
    {
        var fingerprint = FeedItems.Fingerprint(item);
        var known = state.Items.GetValueOrDefault(item.Id);
        if (known?.Fingerprint == fingerprint)
        {
            state.Items[item.Id] = known with { LastSeen = round.Now };
            await RetryPendingPagesAsync(state, [item.Id]);
            return;
        }

        var article = item with { Source = source.Outlet ?? item.Source ?? source.Url.Host };
        var body = BodySource.Feed;
        NewsArticle? pending = null;
        if (FeedItems.IsTeaser(item, round.Options.TeaserMaxChars) && PageAddress(item) is { } page)
        {
            var key = DuplicateKeys.Url(page.AbsoluteUri)!;
            if (known is null && !Claim(key))
            {
                // A page another feed linked (this round or before): the same story, already archived with that feed.
                state.Items[item.Id] = new ItemState(fingerprint, round.Now);
                return;
            }

            (article, body, var permanent) = await WithPageAsync(article, page, key);
            pending = body == BodySource.Teaser && !permanent ? article : null;
        }
        else if (PageAddress(item) is { } address && DuplicateKeys.Url(address.AbsoluteUri) is { } key)
        {
            // The full text is here: a teaser of another feed linking the same page needs no download.
            Claim(key);
        }

        round.CountNewItem();
        _new++;
        round.Archive.Add(new ArchivedArticle(article, _url, fingerprint, body, round.Now));
        state.Items[item.Id] = new ItemState(fingerprint, round.Now) { PendingPage = pending, PageAttempts = pending is null ? 0 : 1 };
    }

    private async Task<(NewsArticle Article, BodySource Body, bool Permanent)> WithPageAsync(NewsArticle article, Uri page, string key)
    {
        round.Report(page.AbsoluteUri);
        var outcome = await round.Client.GetAsync(page, null, round.Stop);
        var full = outcome.Answer is { } answer ? FeedItems.WithPage(article, answer) : null;
        if (full is not null)
        {
            round.CountPage();
            _pages++;
            lock (round.StateLock)
            {
                round.State.Pages[key] = round.Now;
            }

            return (full, BodySource.Page, false);
        }

        var reason = outcome.Failure ?? "the page holds no more text than the feed's teaser";
        round.CountTeaser();
        _failed++;
        round.Failed.Enqueue(new FetchFailure(page.AbsoluteUri, reason + "; the feed's teaser is kept"));
        round.Log.Warning("{Page}: {Reason}; the feed's teaser is kept", page.AbsoluteUri, reason);
        return (article, BodySource.Teaser, outcome.Answer is not null || outcome.Permanent);
    }

    /// <summary>Items archived with their teaser after a passing failure: their page is tried again, a few times.</summary>
    private async Task RetryPendingPagesAsync(FeedState state, IReadOnlyList<string> ids)
    {
        foreach (var id in ids)
        {
            if (round.Stop.IsCancellationRequested || state.Items[id] is not { PendingPage: { } teaser } item || PageAddress(teaser) is not { } page)
            {
                continue;
            }

            var (article, body, permanent) = await WithPageAsync(teaser, page, DuplicateKeys.Url(page.AbsoluteUri)!);
            if (body == BodySource.Page)
            {
                round.Archive.Add(new ArchivedArticle(article, _url, item.Fingerprint, body, round.Now));
            }

            var giveUp = body == BodySource.Page || permanent || item.PageAttempts + 1 >= MaxPageAttempts;
            state.Items[id] = item with { PendingPage = giveUp ? null : teaser, PageAttempts = item.PageAttempts + 1 };
        }
    }

    private bool Claim(string key)
    {
        lock (round.StateLock)
        {
            if (round.State.Pages.ContainsKey(key))
            {
                return false;
            }
        }

        return round.ClaimedPages.TryAdd(key, true);
    }

    // Any absolute address: one of another scheme (file:) is refused by the client, and the refusal reported.
    private static Uri? PageAddress(NewsArticle item) => Uri.TryCreate(item.Url, UriKind.Absolute, out var url) ? url : null;

    private void Succeeded(FeedState state)
    {
        state.Failures = 0;
        state.NotBefore = null;
        state.LastError = null;
        state.LastSuccess = round.Now;
    }

    private void Fail(FeedState state, string reason)
    {
        state.Failures++;
        state.LastError = reason;
        var threshold = round.Options.FailuresBeforeBackoff;
        if (state.Failures >= threshold)
        {
            var wait = round.Options.BackoffBase * Math.Pow(2, Math.Min(state.Failures - threshold, 16));
            state.NotBefore = round.Now + (wait < MaxBackoff ? wait : MaxBackoff);
        }

        if (round.Client.BlockedUntil(source.Url) is { } asked && !(state.NotBefore > asked))
        {
            state.NotBefore = asked;
        }

        round.Failed.Enqueue(new FetchFailure(_url, reason));
        round.Log.Warning("{Feed}: failed ({Reason}){Backoff}", _url, reason,
            state.NotBefore is { } until ? $"; backed off until {until.UtcDateTime:yyyy-MM-dd HH:mm}Z" : "");
    }

    /// <summary>Items gone from the feed for a month are forgotten (their articles stay in the archive and the index).</summary>
    private void Forget(FeedState state, HashSet<string> inFeed)
    {
        foreach (var (id, item) in state.Items.ToList())
        {
            if (!inFeed.Contains(id) && round.Now - item.LastSeen > ForgetAfter)
            {
                state.Items.Remove(id);
            }
        }
    }
}
