namespace NewsKit.Pipeline;

/// <summary>
/// Words looked for in class names, ids and roles ("related", "share", "byline"), with a one-pass search that tells
/// whether any of them can occur in a text at all: most elements of a page carry none, and testing them word by word
/// cost more than the rest of the metadata stage.
/// </summary>
internal sealed class MarkerSet
{
#if NET9_0_OR_GREATER
    private readonly System.Buffers.SearchValues<string> search;
#endif

    /// <summary>Creates the set from its words, matched without regard to case.</summary>
    public MarkerSet(params string[] markers)
    {
        Markers = markers;
#if NET9_0_OR_GREATER
        search = System.Buffers.SearchValues.Create(markers, StringComparison.OrdinalIgnoreCase);
#endif
    }

    /// <summary>The words, in the order they are tried.</summary>
    public string[] Markers { get; }

    /// <summary>False when no word of the set occurs in <paramref name="text"/> (ignoring case); true when one may.</summary>
    public bool MayOccurIn(string text) =>
#if NET9_0_OR_GREATER
        text.AsSpan().ContainsAny(search);
#else
        Markers.Length > 0;
#endif
}
