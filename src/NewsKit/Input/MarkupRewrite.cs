namespace NewsKit.Input;

/// <summary>
/// The edits <see cref="MarkupGuard"/> makes to the page text: ranges removed (a removed tag that separated blocks
/// leaves a space), recorded in text order by <see cref="MarkupScanner"/> and <see cref="TreeBuilderSimulation"/>,
/// and applied in one copy by <see cref="Apply"/>.
/// </summary>
internal sealed class MarkupRewrite
{
    /// <summary>The ranges removed, in text order, each with whether a space takes its place.</summary>
    private readonly List<(int Start, int End, bool Space)> removals = [];

    /// <summary>Whether nothing was removed.</summary>
    public bool IsEmpty => removals.Count == 0;

    /// <summary>Whether a removal was recorded before one that precedes it in the text (they are sorted before use).</summary>
    private bool unordered;

    /// <summary>Removes the characters from <paramref name="start"/> to <paramref name="end"/>; ranges do not overlap, and are mostly recorded in text order (those that are not are sorted before they are applied).</summary>
    /// <param name="start">The first character removed.</param>
    /// <param name="end">The index after the last character removed.</param>
    /// <param name="space">Whether a space takes their place (a block tag's removal must not glue two words).</param>
    public void Remove(int start, int end, bool space)
    {
        unordered |= removals.Count > 0 && start < removals[^1].End;
        removals.Add((start, end, space));
    }

    /// <summary>
    /// Copies <paramref name="html"/> up to <paramref name="end"/> without the removed ranges, once, into a buffer
    /// rented from <see cref="TextBuffer.Rent"/> (no large string per page); the caller gives it back.
    /// </summary>
    /// <param name="html">The page text the removals index.</param>
    /// <param name="end">Where the text is cut (its length when it is not).</param>
    /// <param name="length">The length of the rewritten text in the buffer.</param>
    /// <returns>The buffer.</returns>
    public char[] Apply(ReadOnlySpan<char> html, int end, out int length)
    {
        if (unordered)
        {
            removals.Sort((a, b) => a.Start.CompareTo(b.Start));
            unordered = false;
        }

        length = 0;
        var position = 0;
        foreach (var (start, stop, space) in removals)
        {
            length += start - position + (space ? 1 : 0);
            position = stop;
        }

        length += end - position;
        var buffer = TextBuffer.Rent(length);
        var target = buffer.AsSpan();
        position = 0;
        var written = 0;
        foreach (var (start, stop, space) in removals)
        {
            html.Slice(position, start - position).CopyTo(target[written..]);
            written += start - position;
            if (space)
            {
                target[written++] = ' ';
            }

            position = stop;
        }

        html.Slice(position, end - position).CopyTo(target[written..]);
        return buffer;
    }
}
