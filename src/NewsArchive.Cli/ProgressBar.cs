using System.Diagnostics;

namespace NewsArchive.Cli;

/// <summary>
/// A one-line progress bar redrawn in place on stderr. Only on a terminal: when stderr is redirected
/// (logs, CI, tests) there is nothing to redraw, so no bar is made at all.
/// </summary>
public sealed class ProgressBar
{
    private const int Width = 30;
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(100);
    private readonly TextWriter _terminal;
    private readonly string _label;
    private readonly int _total;
    private readonly Stopwatch _sinceRedraw = Stopwatch.StartNew();
    private int _lastLength;

    private ProgressBar(TextWriter terminal, string label, int total)
    {
        _terminal = terminal;
        _label = label;
        _total = total;
    }

    /// <summary>A bar when <paramref name="errors"/> is the console's stderr on a terminal, else null.</summary>
    public static ProgressBar? ForStandardError(TextWriter errors, string label, int total) =>
        ReferenceEquals(errors, Console.Error) && !Console.IsErrorRedirected ? new ProgressBar(errors, label, total) : null;

    public void Report(int done, string status)
    {
        if (_sinceRedraw.Elapsed < RedrawEvery && done < _total)
            return;
        _sinceRedraw.Restart();
        var total = Math.Max(_total, done);
        var filled = total == 0 ? Width : (int)((long)done * Width / total);
        var line = $"{_label} [{new string('#', filled)}{new string('-', Width - filled)}] {done}/{total}  {status}";
        if (line.Length > Console.WindowWidth - 1 && Console.WindowWidth > 20)
            line = line[..(Console.WindowWidth - 1)];
        _terminal.Write("\r" + line.PadRight(_lastLength));
        _lastLength = line.Length;
    }

    public void Finish()
    {
        _terminal.Write("\r" + new string(' ', _lastLength) + "\r");
        _terminal.Flush();
    }
}

/// <summary>Turns Ctrl+C into a cancellation, so a command can finish its current page and print what it did.</summary>
public sealed class ConsoleCancellation : IDisposable
{
    private readonly CancellationTokenSource _source = new();

    public ConsoleCancellation() => Console.CancelKeyPress += OnCancel;

    public CancellationToken Token => _source.Token;

    private void OnCancel(object? sender, ConsoleCancelEventArgs e)
    {
        // The first Ctrl+C stops cleanly; a second one ends the process as usual.
        if (_source.IsCancellationRequested)
            return;
        e.Cancel = true;
        _source.Cancel();
    }

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancel;
        _source.Dispose();
    }
}
