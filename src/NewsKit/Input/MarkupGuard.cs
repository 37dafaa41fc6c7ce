using System.Globalization;

namespace NewsKit.Input;

/// <summary>
/// A linear pre-scan of the page text, run before AngleSharp builds the tree. It tokenizes the text cheaply and
/// follows the HTML standard's stack of open elements and list of active formatting elements closely enough to
/// know how deep the real parser's stack will grow, then rewrites the text where a limit is reached:
/// <list type="bullet">
/// <item>start tags that would open an element deeper than <see cref="ArticleParserOptions.MaxDepth"/> are
/// removed with their matching end tags, so their text stays in the ancestor at the limit (flattened, not lost);</item>
/// <item>formatting elements (<c>b</c>, <c>i</c>, <c>font</c>, <c>a</c>...) left open beyond
/// <see cref="MaxOpenFormatting"/> at once are removed the same way, since the parser reopens every one of them
/// after each misnested block;</item>
/// <item>the text is cut before the start tag that would create more than
/// <see cref="ArticleParserOptions.MaxElements"/> elements, or before the tag past twice that many tags
/// (end tags that close nothing cost the parser a walk of its stack too);</item>
/// <item>a run of text longer than <see cref="MaxTextRun"/> characters between two tags is cut at that length;</item>
/// <item>every <c>base</c> element after the first one with an <c>href</c> is removed: it has no effect, and each
/// costs AngleSharp a pass over the whole document (found by fuzzing: 3,000 of them took minutes);</item>
/// <item>the text of <c>script</c> and <c>style</c> elements is removed, except JSON data blocks (JSON-LD, also without its type): nothing
/// reads code or style sheets, and they are about half the characters of a typical news page, which the parser would
/// otherwise tokenize and copy into text nodes, and every later read of a container's text would walk;</item>
/// <item><c>noframes</c> tags are removed, their content kept: HTML reads it as raw text, and an article written there
/// came out as literal tags;</item>
/// <item>the tags of a declarative shadow root (<c>&lt;template shadowrootmode="open"&gt;</c>) are removed, their content
/// kept: a browser shows it in its host, and HTML would keep it out of the document.</item>
/// </list>
/// Without this, AngleSharp's work per token grows with the depth of its stack: 100,000 nested <c>div</c>
/// elements or 33,000 unclosed <c>&lt;span&gt;&lt;b&gt;&lt;i&gt;</c> runs take minutes. The scan itself does a
/// bounded amount of work per tag (walks stop at the depth limit), allocates one small object per open element,
/// and returns the input unchanged when no limit is reached and there is no code to remove.
/// <para>The parts, each in its own file: <see cref="MarkupScanner"/> finds the tags and runs of text;
/// <see cref="TreeBuilderSimulation"/> applies the tree construction rules to each of them on a
/// <see cref="TreeBuilderModel"/> (the stack of open elements and the list of active formatting elements), with the
/// element categories of <see cref="TreeConstructionData"/>; both record their edits in a <see cref="MarkupRewrite"/>,
/// which this class applies at the end, with one warning per limit reached.</para>
/// </summary>
internal static class MarkupGuard
{
    /// <summary>The most formatting elements kept open at once (real pages rarely have more than a handful).</summary>
    public const int MaxOpenFormatting = TreeBuilderSimulation.MaxOpenFormatting;

    /// <summary>
    /// The longest run of text kept between two tags, in characters (1 Mi). A longer run is cut there: the
    /// extraction stages copy text several times, and a 20 MB text node cost 900 MB of memory.
    /// </summary>
    public const int MaxTextRun = MarkupScanner.MaxTextRun;

    /// <summary>What the scan found and the text to parse.</summary>
    /// <param name="Source">The input.</param>
    /// <param name="Rewritten">The text to parse when something was removed, in a buffer rented from
    /// <see cref="TextBuffer.Rent"/> that the caller gives back; null when the input itself is to be parsed.</param>
    /// <param name="Length">The length of the text to parse.</param>
    /// <param name="Elements">The number of elements the parser will create, as counted by the scan.</param>
    /// <param name="DeepestStack">The deepest the stack of open elements grew in the scan's model.</param>
    /// <param name="Warnings">One <see cref="WarningKind.LimitReached"/> warning per limit reached.</param>
    internal readonly record struct Result(ReadOnlyMemory<char> Source, char[]? Rewritten, int Length, int Elements, int DeepestStack, IReadOnlyList<ParseWarning> Warnings)
    {
        /// <summary>The text to parse as a string: the input itself when nothing was removed, else a copy of <see cref="Rewritten"/>.</summary>
        public string Html => Rewritten is null ? Source.ToString() : new string(Rewritten, 0, Length);
    }

    /// <summary>Scans <paramref name="html"/> and rewrites it where a limit is reached.</summary>
    /// <param name="html">The page text.</param>
    /// <param name="maxDepth">The deepest the tree may be (<see cref="ArticleParserOptions.MaxDepth"/>).</param>
    /// <param name="maxElements">The most elements the parser may create (<see cref="ArticleParserOptions.MaxElements"/>).</param>
    /// <param name="cancellationToken">Checked during the scan.</param>
    /// <returns>The text to parse, with what the scan counted and the warnings of the limits reached.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled during the scan.</exception>
    public static Result Apply(ReadOnlyMemory<char> html, int maxDepth, int maxElements, CancellationToken cancellationToken)
    {
        var rewrite = new MarkupRewrite();
        var simulation = new TreeBuilderSimulation(maxDepth, maxElements, rewrite, html);
        var scanner = new MarkupScanner(html.Span, simulation, rewrite, cancellationToken);
        scanner.Scan();
        return Finish(html, maxElements, simulation, scanner.CutTextRuns, rewrite);
    }

    /// <summary>The warnings of the limits reached, and the rewritten text when anything was removed or cut.</summary>
    private static Result Finish(ReadOnlyMemory<char> source, int maxElements, TreeBuilderSimulation simulation, int cutTextRuns, MarkupRewrite rewrite)
    {
        var html = source.Span;
        var warnings = new List<ParseWarning>();
        if (simulation.Flattened > 0)
        {
            warnings.Add(Warning($"{simulation.Flattened:N0} elements nested deeper than the {simulation.MaxOpen + 2:N0}-level depth limit were flattened into their ancestor; their text is kept"));
        }

        if (simulation.DroppedFormatting > 0)
        {
            warnings.Add(Warning($"{simulation.DroppedFormatting:N0} formatting tags beyond {MaxOpenFormatting} left open at once were dropped; their text is kept"));
        }

        if (cutTextRuns > 0)
        {
            warnings.Add(Warning($"{cutTextRuns:N0} runs of text longer than {MaxTextRun:N0} characters were cut at that length"));
        }

        var truncatedAt = simulation.TruncatedAt;
        if (truncatedAt >= 0)
        {
            warnings.Add(Warning($"the page has more than {maxElements:N0} elements (or twice as many tags); the rest of it, from character {truncatedAt:N0}, was dropped"));
        }

        if (rewrite.IsEmpty && truncatedAt < 0)
        {
            return new Result(source, null, html.Length, simulation.Elements, simulation.Deepest, warnings);
        }

        var buffer = rewrite.Apply(html, truncatedAt < 0 ? html.Length : truncatedAt, out var length);
        return new Result(source, buffer, length, simulation.Elements, simulation.Deepest, warnings);
    }

    private static ParseWarning Warning(FormattableString message) =>
        new(WarningKind.LimitReached, message.ToString(CultureInfo.InvariantCulture));
}
