using AngleSharp.Dom;

namespace NewsKit.Pipeline;

/// <summary>
/// What <see cref="PageRegions"/> has judged of the page's elements, remembered for the rest of the parse: each element
/// is judged once. Kept per element in arrays by document order (<see cref="ElementIndex"/>), so that remembering costs
/// no hashing and no growing; an element the index does not hold (none in practice) is remembered by reference.
/// </summary>
internal sealed class RegionMemory(ElementIndex index)
{
    /// <summary>Whether an element is hidden (itself or by an ancestor).</summary>
    public Flags Hidden { get; } = new(index);

    /// <summary>Whether an element is, or is inside, a nav, footer or header.</summary>
    public Flags InChrome { get; } = new(index);

    /// <summary>Whether an element itself marks a foreign region (aside, nav, footer, related, ...).</summary>
    public Flags ForeignMarks { get; } = new(index);

    /// <summary>One yes-or-no judgement per element, unknown until set.</summary>
    internal sealed class Flags(ElementIndex index)
    {
        private const byte Unknown = 0;
        private const byte No = 1;
        private const byte Yes = 2;

        private byte[]? flags;
        private Dictionary<IElement, bool>? others;

        /// <summary>The element's position in document order; -1 when the index does not hold it.</summary>
        public int PositionOf(IElement element) => index.DocumentOrder.TryGetValue(element, out var at) ? at : -1;

        /// <summary>The position of the parent element of the element at <paramref name="position"/>; -1 for the root.</summary>
        public int ParentOf(int position) => index.ParentIndices[position];

        /// <summary>The element at <paramref name="position"/>.</summary>
        public IElement At(int position) => index.Elements[position];

        /// <summary>The judgement of the element at a position, when made.</summary>
        public bool TryGet(int position, out bool flag)
        {
            var value = flags is null ? Unknown : flags[position];
            flag = value == Yes;
            return value != Unknown;
        }

        /// <summary>Remembers the judgement of the element at a position.</summary>
        public void Set(int position, bool flag) => (flags ??= new byte[index.Elements.Count])[position] = flag ? Yes : No;

        /// <summary>The judgement of an element the index does not hold, when made.</summary>
        public bool TryGetOther(IElement element, out bool flag)
        {
            flag = false;
            return others is not null && others.TryGetValue(element, out flag);
        }

        /// <summary>Remembers the judgement of an element the index does not hold.</summary>
        public void SetOther(IElement element, bool flag) => (others ??= new(ReferenceEqualityComparer.Instance))[element] = flag;
    }
}
