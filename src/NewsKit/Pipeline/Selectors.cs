using System.Collections.Concurrent;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace NewsKit.Pipeline;

/// <summary>
/// CSS selectors parsed once per process. AngleSharp's string overloads (<c>QuerySelectorAll(string)</c>,
/// <c>Closest(string)</c>) look the text up in a cache behind a lock on every call, which cost more than the matching
/// in the extraction stages; a parsed <see cref="ISelector"/> is immutable and safe to share between threads.
/// </summary>
internal static class Selectors
{
    private static readonly CssSelectorParser Parser = new();
    private static readonly ConcurrentDictionary<string, ISelector> Parsed = new(StringComparer.Ordinal);

    /// <summary>The parsed form of <paramref name="selector"/>, a selector written in this library's code.</summary>
    /// <exception cref="ArgumentException">The text is not a valid selector (a defect in the caller).</exception>
    public static ISelector Of(string selector) =>
        Parsed.TryGetValue(selector, out var parsed) ? parsed : Parsed.GetOrAdd(selector, Parse);

    /// <summary>The element itself or its nearest ancestor that matches <paramref name="selector"/>, as <c>Element.closest</c>.</summary>
    public static IElement? Closest(this IElement element, ISelector selector)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (selector.Match(current))
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>The descendants of <paramref name="node"/> that match <paramref name="selector"/>, in document order.</summary>
    public static IHtmlCollection<IElement> QuerySelectorAll(this IParentNode node, ISelector selector) =>
        ((INode)node).ChildNodes.QuerySelectorAll(selector);

    /// <summary>The first descendant of <paramref name="node"/> that matches <paramref name="selector"/>, or null.</summary>
    public static IElement? QuerySelector(this IParentNode node, ISelector selector) =>
        ((INode)node).ChildNodes.QuerySelector(selector);

    /// <summary>Whether the element matches <paramref name="selector"/>.</summary>
    public static bool Matches(this IElement element, ISelector selector) => selector.Match(element);

    private static ISelector Parse(string selector) =>
        Parser.ParseSelector(selector) ?? throw new ArgumentException($"not a valid CSS selector: {selector}", nameof(selector));
}
