using System.Diagnostics;

namespace NewsSearch.Watches;

/// <summary>An exclusive open of <c>watches.lock</c> (an OS file lock, enforced between processes and released by the
/// OS when a process dies): two runs at once take turns, so the second sees what the first recorded as seen and never
/// reports the same articles. The file is never deleted (two processes could then lock two files of one name).</summary>
internal sealed class WatchLock : IDisposable
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(25);
    private readonly FileStream _file;

    private WatchLock(FileStream file) => _file = file;

    /// <exception cref="IOException">The lock was held by another run for all of <paramref name="timeout"/>.</exception>
    public static WatchLock Acquire(string path, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new WatchLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
            {
                if (clock.Elapsed >= timeout)
                {
                    throw new IOException($"Another command kept the saved searches locked ({path}) for {timeout.TotalSeconds:0} s; try again later.", e);
                }

                // The OS offers no wait on this lock that works across platforms: try again shortly.
                Thread.Sleep(Retry);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
