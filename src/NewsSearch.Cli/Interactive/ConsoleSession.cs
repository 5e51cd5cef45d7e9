using NewsSearch.Search;

namespace NewsSearch.Cli.Interactive;

/// <summary>One console session: reads lines (queries, or commands starting with ':'), runs them, shows the results.
/// No line ends the session except <c>:quit</c> and the end of input; whatever goes wrong with one line is said
/// and the session goes on.</summary>
internal sealed class ConsoleSession(ISearchBackend backend, ConsoleView view, ILineSource lines, IPager pager, ISearchInterrupts interrupts)
{
    public ISearchBackend Backend { get; } = backend;

    public ConsoleView View { get; } = view;

    public IPager Pager { get; } = pager;

    public SessionState State { get; } = new();

    public PromptCommands Commands { get; } = PromptCommands.All;

    public int Run()
    {
        while (!State.Quit && lines.ReadLine() is { } line)
        {
            Execute(line);
            View.Out.Flush();
        }

        return ExitCodes.Success;
    }

    public void Execute(string line)
    {
        try
        {
            Dispatch(line.Trim());
        }
        catch (OperationCanceledException)
        {
            View.Note("Search cancelled.");
        }
        catch (ArgumentException e)
        {
            View.Error(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            View.Error(e.Message);
        }
#pragma warning disable CA1031 // One bad line must never end an interactive session: say what failed and read the next line.
        catch (Exception e)
#pragma warning restore CA1031
        {
            View.Error($"unexpected failure ({e.GetType().Name}): {e.Message}");
        }
    }

    /// <summary>Starts a new search for <paramref name="query"/> (filters and order kept) and shows its first page.</summary>
    public void Search(string query)
    {
        State.Query = query;
        State.Page = 1;
        ShowPage();
    }

    /// <summary>Runs the current query at the current page and shows it; says so when there is no query yet.</summary>
    public void ShowPage()
    {
        if (State.Query is null)
        {
            View.Note("Type some words to search first.");
            return;
        }

        var request = State.Request() with { Explain = State.Explain };
        var results = Cancellable(() => Backend.Search(request));
        State.Last = results;
        // A backend may explain a hit itself; the engine instead puts the explanation on each hit when asked.
        View.Results(results, State, hit => State.Explain ? Backend.Explain(request, hit.Id) ?? hit.Explanation : null);
    }

    /// <summary>After a filter or order change: the current query again from its first page, if there is one.</summary>
    public void RefreshIfSearched()
    {
        if (State.Query is not null)
        {
            State.Page = 1;
            ShowPage();
        }
    }

    /// <summary>Runs engine work so that Ctrl+C gives the prompt back at once: the work is left to finish in the
    /// background (the engine is thread-safe) and its result dropped.</summary>
    public T Cancellable<T>(Func<T> work)
    {
        var token = interrupts.Begin();
        try
        {
            // WaitAsync gives up on cancellation without waiting, and rethrows the work's own exception unwrapped.
            return Task.Run(work, CancellationToken.None).WaitAsync(token).GetAwaiter().GetResult();
        }
        finally
        {
            interrupts.End();
        }
    }

    private void Dispatch(string line)
    {
        if (line.Length == 0)
        {
            return;
        }

        if (line[0] != ':')
        {
            Search(line);
            return;
        }

        var space = line.IndexOfAny([' ', '\t']);
        var name = space < 0 ? line[1..] : line[1..space];
        var argument = space < 0 ? "" : line[(space + 1)..].Trim();
        if (Commands.Find(name) is { } command)
        {
            command.Run(argument, this);
        }
        else
        {
            View.Error($"unknown command ':{ConsoleView.Plain(Shorten(name))}'; type :help for the list.");
        }
    }

    public static string Shorten(string text, int max = 40) => text.Length <= max ? text : text[..max] + "…";
}
