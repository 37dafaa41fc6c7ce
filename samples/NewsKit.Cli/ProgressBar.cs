using System.Diagnostics;
using System.Globalization;

namespace NewsKit.Cli;

/// <summary>
/// A progress bar on standard error, over the input files (a WARC file holds many pages): on a terminal it redraws one
/// line in place (at most ten times a second); when standard error is a file or a pipe it writes a line at every tenth
/// of the way, so logs stay short.
/// </summary>
internal sealed class ProgressBar(TextWriter error, int total, bool interactive)
{
    private const int Width = 30;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);
    private TimeSpan nextDraw = TimeSpan.Zero;
    private int lastTenth;
    private int done;
    private int pages;
    private int failed;

    /// <summary>Records progress: input files done, pages done, pages without an article; call under the caller's lock.</summary>
    public void Update(int done, int pages, int failed)
    {
        this.done = done;
        this.pages = pages;
        this.failed = failed;
        if (interactive)
        {
            if (clock.Elapsed >= nextDraw || done == total)
            {
                nextDraw = clock.Elapsed + RedrawInterval;
                error.Write("\r" + Render());
            }
        }
        else if (total > 0 && done * 10 / total > lastTenth)
        {
            lastTenth = done * 10 / total;
            error.WriteLine(Render());
        }
    }

    /// <summary>Ends the bar's line on a terminal.</summary>
    public void Finish()
    {
        if (interactive && (done > 0 || pages > 0))
        {
            error.Write("\r" + Render() + "\n");
        }
    }

    private string Render()
    {
        var filled = total == 0 ? Width : (int)Math.Min(Width, (long)done * Width / total);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('-', Width - filled)}] {done}/{total} files, {pages} pages, {failed} without an article, {clock.Elapsed.TotalSeconds:0.0} s");
    }
}
