using AngleSharp.Dom;

namespace NewsKit.Pipeline;

/// <summary>Attribute reads for the paths that test every element of a page.</summary>
internal static class Attributes
{
    /// <summary>
    /// <c>GetAttribute</c> for a lower-case attribute name, by one loop over the element's attributes (most have none
    /// or one); AngleSharp lower-cases the name and checks the element's namespace on every call first.
    /// </summary>
    public static string? Of(IElement element, string name)
    {
        var attributes = element.Attributes;
        for (var k = 0; k < attributes.Length; k++)
        {
            if (attributes[k] is { } attribute && string.Equals(attribute.Name, name, StringComparison.Ordinal))
            {
                return attribute.Value;
            }
        }

        return null;
    }
}
