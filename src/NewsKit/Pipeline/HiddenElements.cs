using AngleSharp.Dom;

namespace NewsKit.Pipeline;

/// <summary>
/// The library's one rule for an element its page hides: the <c>hidden</c> attribute (not <c>hidden="until-found"</c>,
/// whose text the browser's find in page reveals: a closed accordion panel), <c>aria-hidden="true"</c> (any
/// case; not on a carousel's slide beside a shown one, see <see cref="IsRotatingItem"/>), or an inline style with <c>display:none</c> or <c>visibility:hidden</c> (spaces and case ignored). Every
/// stage judges hiding by it; what a stage then does with a hidden element is its own (the body keeps a hidden block
/// that holds most of the page's text, and every hidden block when together they hold most of it, which scripts
/// would reveal). Style sheets are not read: a class that hides is
/// only a class.
/// </summary>
internal static class HiddenElements
{
    /// <summary>Inline style fragments that hide an element (spaces removed, lower case).</summary>
    private static readonly string[] HidingStyles = ["display:none", "visibility:hidden"];

    /// <summary>Styles longer than this are not read (no real element's inline style is).</summary>
    private const int MaxStyleLength = 2000;

    /// <summary>Whether the element's own attributes hide it (its ancestors are not asked).</summary>
    public static bool HidesItself(IElement element)
    {
        var ariaHidden = false;
        var attributes = element.Attributes;
        for (var k = 0; k < attributes.Length; k++)
        {
            if (attributes[k] is { } attribute && Hides(attribute.Name, attribute.Value))
            {
                if (attribute.Name != "aria-hidden")
                {
                    return true;
                }

                ariaHidden = true;
            }
        }

        return ariaHidden && !IsRotatingItem(element);
    }

    /// <summary>
    /// Whether an element hidden by <c>aria-hidden="true"</c> alone is one of a set of items shown in turn, a carousel's
    /// slide (<c>&lt;div class="slick-slide" aria-hidden="true"&gt;</c> beside <c>&lt;div class="slick-slide slick-active"
    /// aria-hidden="false"&gt;</c>): a sibling of its tag with its first class name is not hidden. The attribute is the
    /// carousel's state, not the page hiding the slide's text.
    /// </summary>
    public static bool IsRotatingItem(IElement element)
    {
        if (element.ParentElement is not { } parent || element.ClassList.Length == 0 || parent.ChildElementCount > MaxRotatingItems)
        {
            return false;
        }

        var kind = element.ClassList[0];
        foreach (var sibling in parent.Children)
        {
            if (sibling != element && sibling.LocalName == element.LocalName && sibling.ClassList.Contains(kind) && !HidesByAttributes(sibling))
            {
                return true;
            }
        }

        return false;

        static bool HidesByAttributes(IElement element)
        {
            foreach (var attribute in element.Attributes)
            {
                if (Hides(attribute.Name, attribute.Value))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The most children a carousel's track is read with for <see cref="IsRotatingItem"/>.</summary>
    private const int MaxRotatingItems = 64;

    /// <summary>Whether one attribute hides its element.</summary>
    public static bool Hides(string name, string? value) => name switch
    {
        "hidden" => !string.Equals(value?.Trim(), "until-found", StringComparison.OrdinalIgnoreCase),
        "aria-hidden" => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase),
        "style" => StyleHides(value),
        _ => false,
    };

    private static bool StyleHides(string? style)
    {
        if (string.IsNullOrEmpty(style) || style.Length > MaxStyleLength
            || (!style.Contains("none", StringComparison.OrdinalIgnoreCase) && !style.Contains("hidden", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal);
        foreach (var hiding in HidingStyles)
        {
            if (compact.Contains(hiding, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
