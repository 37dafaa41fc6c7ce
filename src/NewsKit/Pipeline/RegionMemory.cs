using AngleSharp.Dom;

namespace NewsKit.Pipeline;

/// <summary>What <see cref="PageRegions"/> has judged of the page's elements, remembered for the rest of the parse: each element is judged once.</summary>
internal sealed class RegionMemory
{
    /// <summary>Per-page memory of whether an element is hidden (itself or by an ancestor).</summary>
    public Dictionary<IElement, bool> Hidden { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Per-page memory of whether an element is, or is inside, a nav, footer or header.</summary>
    public Dictionary<IElement, bool> InChrome { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Per-page memory of whether an element itself marks a foreign region (aside, nav, footer, related, ...).</summary>
    public Dictionary<IElement, bool> ForeignMarks { get; } = new(ReferenceEqualityComparer.Instance);
}
