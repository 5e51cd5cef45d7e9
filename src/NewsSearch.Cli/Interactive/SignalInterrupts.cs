using System.Runtime.InteropServices;

namespace NewsSearch.Cli.Interactive;

/// <summary>Ctrl+C from the terminal or a SIGINT: cancels the engine work in progress and never ends the process.
/// At a terminal the line editor reads Ctrl+C as a key (it clears the line), so the terminal only turns it into a
/// signal while engine work runs.</summary>
internal sealed class SignalInterrupts : ISearchInterrupts, IDisposable
{
    private readonly bool _terminal;
    private readonly PosixSignalRegistration _registration;
    private CancellationTokenSource? _current;

    /// <param name="terminal">Whether the line editor reads the keyboard (Ctrl+C is then a key between searches).</param>
    /// <param name="idle">Called for a Ctrl+C that finds no search running, to say how to leave instead.</param>
    public SignalInterrupts(bool terminal, Action idle)
    {
        _terminal = terminal;
        _registration = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            if (Volatile.Read(ref _current) is { } running)
            {
                running.Cancel();
            }
            else
            {
                idle();
            }
        });
    }

    public CancellationToken Begin()
    {
        var source = new CancellationTokenSource();
        Volatile.Write(ref _current, source);
        if (_terminal)
        {
            Console.TreatControlCAsInput = false;
        }

        return source.Token;
    }

    public void End()
    {
        if (_terminal)
        {
            Console.TreatControlCAsInput = true;
        }

        // Not disposed: a signal arriving now may still cancel it, and a source without a timer holds nothing.
        Volatile.Write(ref _current, null);
    }

    public void Dispose() => _registration.Dispose();
}
