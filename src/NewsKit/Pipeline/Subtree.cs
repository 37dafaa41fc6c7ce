using AngleSharp.Dom;

namespace NewsKit.Pipeline;

/// <summary>Searches of an element's subtree, walked without recursion (a hostile page nests without end).</summary>
internal static class Subtree
{
    /// <summary>
    /// Whether an element among the first <paramref name="max"/> of <paramref name="root"/>'s descendants (and
    /// <paramref name="root"/> itself when <paramref name="withRoot"/>) has one of <paramref name="names"/> as its local name.
    /// </summary>
    public static bool HasElementNamed(IElement root, ReadOnlySpan<string> names, bool withRoot = false, int max = int.MaxValue)
    {
        if (withRoot && names.Contains(root.LocalName))
        {
            return true;
        }

        var read = 0;
        for (var node = root.FirstElementChild; node is not null && read++ < max;)
        {
            if (names.Contains(node.LocalName))
            {
                return true;
            }

            if (node.FirstElementChild is { } down)
            {
                node = down;
                continue;
            }

            while (node is not null && node != root && node.NextElementSibling is null)
            {
                node = node.ParentElement;
            }

            node = node is null || node == root ? null : node.NextElementSibling;
        }

        return false;
    }
}
