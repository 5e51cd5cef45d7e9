namespace NewsSearch.Cli.Interactive.Prompt;

/// <summary><c>:to DATE</c>: only articles published on or before this date.</summary>
internal sealed class ToCommand : IPromptCommand
{
    public IReadOnlyList<string> Names { get; } = ["to"];

    public string Usage => ":to DATE";

    public string Summary => "only articles published on or before DATE (no DATE: no limit)";

    public void Run(string argument, ConsoleSession session)
    {
        if (!DateArgument.TryRead(argument, "to", session, out var date))
        {
            return;
        }

        if (date is not null && session.State.From > date)
        {
            session.View.Error($"{Dates.Format(date)} is before the start date {Dates.Format(session.State.From)}; change :from first.");
            return;
        }

        session.State.To = date;
        session.RefreshIfSearched();
    }
}
