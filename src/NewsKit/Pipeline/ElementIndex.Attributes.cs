using AngleSharp.Dom;

namespace NewsKit.Pipeline;

/// <summary>
/// The attributes the metadata stages look up on every element of the page (<c>itemprop</c>, and RDFa's
/// <c>property</c> with its <c>content</c>), read in one pass over the index on first use instead of one pass each.
/// </summary>
internal sealed partial class ElementIndex
{
    private Dictionary<string, List<IElement>>? byItemProp;
    private List<(string Property, string Content, IElement Element)>? propertyValues;

    /// <summary>The elements whose <c>itemprop</c> is exactly <paramref name="value"/> (the selector <c>[itemprop=value]</c>), in document order.</summary>
    public IReadOnlyList<IElement> WithItemProp(string value)
    {
        ReadAttributes();
        return byItemProp!.TryGetValue(value, out var found) ? found : [];
    }

    /// <summary>
    /// The elements other than <c>meta</c> with a non-empty <c>property</c> and a non-empty <c>content</c> (RDFa:
    /// "&lt;span property="schema:dateCreated" content="..."&gt;"), with both values as written, in document order.
    /// </summary>
    public IReadOnlyList<(string Property, string Content, IElement Element)> PropertyValues
    {
        get
        {
            ReadAttributes();
            return propertyValues!;
        }
    }

    /// <summary>
    /// One pass over every element's attributes for <see cref="WithItemProp"/> and <see cref="PropertyValues"/>; the
    /// first attribute of a name counts, as for <c>GetAttribute</c>.
    /// </summary>
    private void ReadAttributes()
    {
        if (byItemProp is not null)
        {
            return;
        }

        var itemProps = new Dictionary<string, List<IElement>>(StringComparer.Ordinal);
        var values = new List<(string, string, IElement)>();
        var all = ElementList;
        var allNames = names!;
        for (var i = 0; i < all.Count; i++)
        {
            var element = all[i];
            var attributes = element.Attributes;
            string? itemprop = null, property = null, content = null;
            bool hasItemprop = false, hasProperty = false, hasContent = false;
            for (var k = 0; k < attributes.Length; k++)
            {
                if (attributes[k] is not { } attribute)
                {
                    continue;
                }

                switch (attribute.Name)
                {
                    case "itemprop" when !hasItemprop:
                        (itemprop, hasItemprop) = (attribute.Value, true);
                        break;
                    case "property" when !hasProperty:
                        (property, hasProperty) = (attribute.Value, true);
                        break;
                    case "content" when !hasContent:
                        (content, hasContent) = (attribute.Value, true);
                        break;
                }
            }

            if (itemprop is not null)
            {
                if (!itemProps.TryGetValue(itemprop, out var list))
                {
                    list = [];
                    itemProps[itemprop] = list;
                }

                list.Add(element);
            }

            if (property is { Length: > 0 } && content is { Length: > 0 } && allNames[i] != "meta")
            {
                values.Add((property, content, element));
            }
        }

        byItemProp = itemProps;
        propertyValues = values;
    }
}
