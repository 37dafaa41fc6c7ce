using AngleSharp.Dom;

namespace NewsKit.Extensions;

/// <summary>
/// What extensions tell the stages about one page: the element that holds the headline, the publication and update
/// times, the byline, the body's containers and the elements that are never body. A value given here wins over what
/// the stages find themselves (its source is <see cref="Models.ValueSource.Extension"/>), as long as it reads as a value:
/// a date that is no date or an element without text is ignored, with a warning. For the headline and the times, the
/// first candidate given wins (site rules come before candidate providers, each in the order they were added).
/// A sink: extensions add to it, only the stages read it.
/// </summary>
public sealed class ArticleCandidates
{
    private readonly List<IElement> authors = [];
    private readonly List<IElement> bodyRoots = [];
    private readonly List<IElement> excluded = [];

    internal ArticleCandidates()
    {
    }

    /// <summary>The element whose text is the headline; null when no extension gave one.</summary>
    internal IElement? Headline { get; private set; }

    /// <summary>The element that shows the publication time (its <c>datetime</c> or <c>content</c> attribute, else its text); null when none was given.</summary>
    internal IElement? Published { get; private set; }

    /// <summary>The element that shows the update time; null when none was given.</summary>
    internal IElement? Modified { get; private set; }

    /// <summary>The elements whose text is the byline, in page order of addition.</summary>
    internal List<IElement> Authors => authors;

    /// <summary>The containers of the article's body, in the order given (the body is their text, in document order).</summary>
    internal List<IElement> BodyRoots => bodyRoots;

    /// <summary>The elements that are never body text (a paywall teaser, a promotion inside the article).</summary>
    internal List<IElement> Excluded => excluded;

    /// <summary>Whether any candidate was given.</summary>
    internal bool IsEmpty => Headline is null && Published is null && Modified is null && authors.Count == 0 && bodyRoots.Count == 0 && excluded.Count == 0;

    /// <summary>Gives the element that holds the headline (ignored when one was given already).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="element"/> is null.</exception>
    public void SetHeadline(IElement element) => Headline ??= element ?? throw new ArgumentNullException(nameof(element));

    /// <summary>Gives the element that shows the publication time (ignored when one was given already).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="element"/> is null.</exception>
    public void SetPublished(IElement element) => Published ??= element ?? throw new ArgumentNullException(nameof(element));

    /// <summary>Gives the element that shows the update time (ignored when one was given already).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="element"/> is null.</exception>
    public void SetModified(IElement element) => Modified ??= element ?? throw new ArgumentNullException(nameof(element));

    /// <summary>Adds an element whose text names authors ("By Jane Doe and John Roe"); the names are read as a byline is.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="element"/> is null.</exception>
    public void AddAuthors(IElement element) => authors.Add(element ?? throw new ArgumentNullException(nameof(element)));

    /// <summary>Adds a container of the article's body: the body is read from the given containers instead of being searched for.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="element"/> is null.</exception>
    public void AddBodyRoot(IElement element) => bodyRoots.Add(element ?? throw new ArgumentNullException(nameof(element)));

    /// <summary>Marks an element as never body text, whatever its text says.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="element"/> is null.</exception>
    public void Exclude(IElement element) => excluded.Add(element ?? throw new ArgumentNullException(nameof(element)));

    /// <summary>Adds the candidates of <paramref name="other"/> after these (the first headline and times still win).</summary>
    internal void Add(ArticleCandidates other)
    {
        if (other.Headline is { } headline)
        {
            SetHeadline(headline);
        }

        if (other.Published is { } published)
        {
            SetPublished(published);
        }

        if (other.Modified is { } modified)
        {
            SetModified(modified);
        }

        authors.AddRange(other.authors);
        bodyRoots.AddRange(other.bodyRoots);
        excluded.AddRange(other.excluded);
    }
}
