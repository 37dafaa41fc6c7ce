using AngleSharp.Dom;

namespace NewsKit.Pipeline;

/// <summary>
/// The text of a subtree read from the index: in document order the text nodes of an element's subtree are one run of
/// <see cref="TextNodes"/>, recorded for every element in the index's one walk, so <see cref="ElementText"/> reads an
/// element's text without walking its subtree again, and counts its length from running sums.
/// </summary>
internal sealed partial class ElementIndex
{
    /// <summary>The index of the parse running on this thread (see <see cref="Enter"/>); null outside a parse.</summary>
    [ThreadStatic]
    private static ElementIndex? current;

    /// <summary>Per element, the index in <see cref="TextNodes"/> of the first text node of its subtree.</summary>
    private List<int>? firstText;

    /// <summary>Per element, one past the index in <see cref="TextNodes"/> of the last text node of its subtree.</summary>
    private List<int>? textRunEnd;

    /// <summary>Per text node, the characters of all text nodes up to it and its own (running sums, made on first use).</summary>
    private List<int>? textEnds;

    /// <summary>Whether the page has a ruby annotation (<see cref="ElementText.IsRubyAnnotation"/>), whose text <see cref="ElementText"/> leaves out: its runs are then not used.</summary>
    private bool hasRubyAnnotation;

    /// <summary>The index of the parse running on this thread, whose text runs <see cref="ElementText"/> reads; null outside a parse.</summary>
    public static ElementIndex? Current => current;

    /// <summary>Makes this index the thread's <see cref="Current"/> one for the parse; returns the one it replaces (a parse run inside another's extension), which <see cref="Leave"/> puts back.</summary>
    public ElementIndex? Enter()
    {
        var previous = current;
        current = this;
        return previous;
    }

    /// <summary>Ends this index's time as <see cref="Current"/>, putting back <paramref name="previous"/>.</summary>
    public void Leave(ElementIndex? previous)
    {
        if (ReferenceEquals(current, this))
        {
            current = previous;
        }
    }

    /// <summary>
    /// The run of <see cref="TextNodes"/>, from <paramref name="start"/> to <paramref name="end"/> (exclusive), that holds the
    /// text nodes of <paramref name="element"/>'s subtree in document order, as <see cref="ElementText"/>'s walk reads them.
    /// False when the index is not built yet, the element is not in it, or the page has a ruby annotation.
    /// </summary>
    public bool TryGetTextRun(IElement element, out int start, out int end)
    {
        if (elements is null || hasRubyAnnotation || !documentOrder!.TryGetValue(element, out var at))
        {
            (start, end) = (0, 0);
            return false;
        }

        (start, end) = (firstText![at], textRunEnd![at]);
        return true;
    }

    /// <summary>
    /// The characters of the text nodes of the run from <paramref name="start"/> to <paramref name="end"/> when that is at most
    /// <paramref name="max"/>; else the sum up to the first text node that takes it over <paramref name="max"/> (what
    /// adding them one by one and stopping there gives).
    /// </summary>
    public int TextLength(int start, int end, int max)
    {
        var sums = TextEnds();
        var before = start == 0 ? 0 : sums[start - 1];
        if (end == start || sums[end - 1] - before <= max)
        {
            return end == start ? 0 : sums[end - 1] - before;
        }

        // The first text node whose running sum goes over the bound: the sums only grow.
        var (low, high) = (start, end - 1);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (sums[middle] - before > max)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return sums[low] - before;
    }

    /// <summary>The running sums of the text nodes' lengths, made on first use.</summary>
    private List<int> TextEnds()
    {
        if (textEnds is null)
        {
            var sums = buffers!.TextEnds;
            var total = 0;
            foreach (var (text, _) in textNodes!)
            {
                total += text.Data.Length;
                sums.Add(total);
            }

            textEnds = sums;
        }

        return textEnds;
    }
}
