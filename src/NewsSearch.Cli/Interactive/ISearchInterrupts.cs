namespace NewsSearch.Cli.Interactive;

/// <summary>Turns Ctrl+C into the cancellation of the engine work running at that moment, never of the session.</summary>
internal interface ISearchInterrupts
{
    /// <summary>Engine work starts: the token is cancelled if Ctrl+C is pressed before <see cref="End"/>.</summary>
    CancellationToken Begin();

    void End();
}
