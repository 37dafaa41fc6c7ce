using AngleSharp.Dom;

namespace NewsKit.Pipeline;

/// <summary>
/// Elements a stage found to be page furniture, not article text: a byline line, a copyright notice, a box of related
/// links, a share bar. A stage returns its claims with what it found; the body stage receives them all and leaves them
/// out. Immutable once built.
/// </summary>
internal sealed class ElementClaims
{
    private readonly HashSet<IElement> elements;

    private ElementClaims(HashSet<IElement> elements) => this.elements = elements;

    /// <summary>No element claimed.</summary>
    public static ElementClaims None { get; } = new(new HashSet<IElement>(ReferenceEqualityComparer.Instance));

    /// <summary>The claims of <paramref name="elements"/>.</summary>
    public static ElementClaims Of(IEnumerable<IElement> elements) => new(new HashSet<IElement>(elements, ReferenceEqualityComparer.Instance));

    /// <summary>How many elements are claimed.</summary>
    public int Count => elements.Count;

    /// <summary>Whether <paramref name="element"/> itself is claimed (not one of its ancestors).</summary>
    public bool Contains(IElement element) => elements.Contains(element);

    /// <summary>The elements of this set and of <paramref name="other"/>.</summary>
    public ElementClaims With(ElementClaims other)
    {
        if (other.Count == 0)
        {
            return this;
        }

        if (Count == 0)
        {
            return other;
        }

        var union = new HashSet<IElement>(elements, ReferenceEqualityComparer.Instance);
        union.UnionWith(other.elements);
        return new ElementClaims(union);
    }

    /// <summary>Gathers one stage's claims; <see cref="Build"/> gives the immutable set.</summary>
    internal sealed class Builder
    {
        private HashSet<IElement>? elements = new(64, ReferenceEqualityComparer.Instance);

        /// <summary>Claims <paramref name="element"/>.</summary>
        public void Add(IElement element) => Set.Add(element);

        /// <summary>Claims every element of <paramref name="claimed"/>.</summary>
        public void AddRange(IEnumerable<IElement> claimed) => Set.UnionWith(claimed);

        /// <summary>The claims gathered; the builder cannot be used after it.</summary>
        public ElementClaims Build()
        {
            var built = new ElementClaims(Set);
            elements = null;
            return built;
        }

        private HashSet<IElement> Set => elements ?? throw new InvalidOperationException("the claims were built already");
    }
}
