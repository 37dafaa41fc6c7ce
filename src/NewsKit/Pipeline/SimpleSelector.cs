using AngleSharp.Dom;

namespace NewsKit.Pipeline;

/// <summary>
/// A list of simple selectors (<c>tag</c>, <c>[attr=value]</c>, <c>[attr*=value]</c>, <c>[attr~=value]</c>,
/// <c>tag[attr...]</c>) matched by hand: each attribute the list names is read once per element, where AngleSharp
/// reads it once per alternative. Used where hundreds of elements around the headline are tested against lists of
/// a dozen or more alternatives. Matches as CSS does on HTML elements: tag names ignore case, attribute values do not.
/// </summary>
internal sealed class SimpleSelector
{
    /// <summary>The attribute values read for the element being matched (one buffer per thread; matching never nests).</summary>
    [ThreadStatic]
    private static string?[]? scratch;

    private readonly Alternative[] alternatives;
    private readonly string[] attributes;

    /// <summary>When every alternative names a tag, those tags: an element with another tag is turned away before its attributes are read.</summary>
    private readonly HashSet<string>? tagsRequired;

    private SimpleSelector(Alternative[] alternatives, string[] attributes)
    {
        this.alternatives = alternatives;
        this.attributes = attributes;
        tagsRequired = alternatives.All(a => a.Tag is not null)
            ? new HashSet<string>(alternatives.Select(a => a.Tag!), StringComparer.OrdinalIgnoreCase)
            : null;
#if NET9_0_OR_GREATER
        // The same alternatives, grouped: bare tags in one set, and per attribute the exact values in one set and the
        // contained values in one multi-string search. Everything else (a tag with an attribute, ~=) stays a list.
        tags = new HashSet<string>(alternatives.Where(a => a.Attribute < 0).Select(a => a.Tag!), StringComparer.OrdinalIgnoreCase);
        exact = new HashSet<string>?[attributes.Length];
        contained = new System.Buffers.SearchValues<string>?[attributes.Length];
        for (var i = 0; i < attributes.Length; i++)
        {
            var own = alternatives.Where(a => a.Tag is null && a.Attribute == i).ToList();
            if (own.Count == 0)
            {
                continue;
            }

            var comparison = own[0].Comparison;
            var equals = own.Where(a => a.Operator == Operator.Equals).Select(a => a.Value).ToList();
            var contains = own.Where(a => a.Operator == Operator.Contains).Select(a => a.Value).ToArray();
            exact[i] = equals.Count == 0 ? null : new HashSet<string>(equals, comparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
            contained[i] = contains.Length == 0 ? null : System.Buffers.SearchValues.Create(contains, comparison);
        }

        rest = [.. alternatives.Where(a => a.Attribute >= 0 && (a.Tag is not null || a.Operator == Operator.HasWord))];
#endif
    }

#if NET9_0_OR_GREATER
    private readonly HashSet<string> tags;
    private readonly HashSet<string>?[] exact;
    private readonly System.Buffers.SearchValues<string>?[] contained;
    private readonly Alternative[] rest;
#endif

    private enum Operator
    {
        None,
        Equals,
        Contains,
        HasWord,
    }

    /// <summary>Parses a selector list written in this library's code.</summary>
    /// <exception cref="ArgumentException">An alternative is not one of the supported simple forms.</exception>
    public static SimpleSelector Parse(string selectorList)
    {
        var alternatives = new List<Alternative>();
        var attributes = new List<string>();
        foreach (var raw in selectorList.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var open = raw.IndexOf('[', StringComparison.Ordinal);
            var tag = open < 0 ? raw : raw[..open];
            if (open < 0)
            {
                alternatives.Add(new Alternative(Check(tag, raw), -1, Operator.None, string.Empty, StringComparison.Ordinal));
                continue;
            }

            if (!raw.EndsWith(']'))
            {
                throw new ArgumentException($"unsupported selector: {raw}", nameof(selectorList));
            }

            var inner = raw[(open + 1)..^1];
            var (op, at) = inner.IndexOf("*=", StringComparison.Ordinal) is var c and > 0 ? (Operator.Contains, c)
                : inner.IndexOf("~=", StringComparison.Ordinal) is var w and > 0 ? (Operator.HasWord, w)
                : inner.IndexOf('=', StringComparison.Ordinal) is var e and > 0 ? (Operator.Equals, e)
                : throw new ArgumentException($"unsupported selector: {raw}", nameof(selectorList));
            var name = Check(inner[..at], raw).LowerInvariant();
            var value = inner[(at + (op == Operator.Equals ? 1 : 2))..].Trim('\'', '"');
            if (value.Length == 0)
            {
                throw new ArgumentException($"unsupported selector: {raw}", nameof(selectorList));
            }

            var index = attributes.IndexOf(name);
            if (index < 0)
            {
                index = attributes.Count;
                attributes.Add(name);
            }

            var comparison = CaseInsensitiveValues.Contains(name) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            alternatives.Add(new Alternative(tag.Length == 0 ? null : Check(tag, raw), index, op, value, comparison));
        }

        return new SimpleSelector([.. alternatives], [.. attributes]);
    }

    /// <summary>Whether the element matches one of the alternatives.</summary>
    public bool Matches(IElement element)
    {
        var localName = element.LocalName;
        if (tagsRequired is not null && !tagsRequired.Contains(localName))
        {
            return false;
        }

#if NET9_0_OR_GREATER
        if (tags.Contains(localName))
        {
            return true;
        }

        var present = element.Attributes;
        if (present.Length == 0)
        {
            return false;
        }

        // One pass over the element's attributes (most have one or two), instead of a lookup per attribute name.
        var values = scratch is { } buffer && buffer.Length >= attributes.Length ? buffer : scratch = new string?[Math.Max(8, attributes.Length)];
        Array.Clear(values, 0, attributes.Length);
        for (var k = 0; k < present.Length; k++)
        {
            var attribute = present[k];
            var i = attribute is null ? -1 : Array.IndexOf(attributes, attribute.Name);
            if (i < 0 || values[i] is not null)
            {
                // Not named by the list, or a repeat (the first one counts, as for GetAttribute).
                continue;
            }

            var value = values[i] = attribute!.Value;
            if ((exact[i] is { } set && set.Contains(value)) || (contained[i] is { } search && value.AsSpan().ContainsAny(search)))
            {
                return true;
            }
        }

        foreach (var alternative in rest)
        {
            if ((alternative.Tag is null || string.Equals(localName, alternative.Tag, StringComparison.OrdinalIgnoreCase))
                && values[alternative.Attribute] is { } value && alternative.Test(value))
            {
                return true;
            }
        }

        return false;
#else
        return MatchesOneByOne(element);
#endif
    }

    /// <summary><see cref="Matches"/> alternative by alternative, reading each attribute once.</summary>
    private bool MatchesOneByOne(IElement element)
    {
        Span<bool> read = stackalloc bool[attributes.Length];
        var values = scratch is { } buffer && buffer.Length >= attributes.Length ? buffer : scratch = new string?[Math.Max(8, attributes.Length)];
        foreach (var alternative in alternatives)
        {
            if (alternative.Tag is not null && !string.Equals(element.LocalName, alternative.Tag, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (alternative.Attribute < 0)
            {
                return true;
            }

            var i = alternative.Attribute;
            if (!read[i])
            {
                values[i] = element.GetAttribute(attributes[i]);
                read[i] = true;
            }

            if (values[i] is { } value && alternative.Test(value))
            {
                return true;
            }
        }

        return false;
    }

    private static string Check(string name, string raw) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? name
            : throw new ArgumentException($"unsupported selector: {raw}", nameof(raw));

    /// <summary>
    /// The attributes whose values HTML compares without regard to case in selectors ("rel=Author" matches
    /// <c>[rel=author]</c>), as AngleSharp does.
    /// </summary>
    private static readonly HashSet<string> CaseInsensitiveValues = new(StringComparer.Ordinal)
    {
        "accept", "accept-charset", "align", "alink", "axis", "bgcolor", "charset", "checked", "clear", "codetype", "color",
        "compact", "declare", "defer", "dir", "direction", "disabled", "enctype", "face", "frame", "hreflang", "http-equiv",
        "lang", "language", "link", "media", "method", "multiple", "nohref", "noresize", "noshade", "nowrap", "readonly",
        "rel", "rev", "rules", "scope", "scrolling", "selected", "shape", "target", "text", "type", "valign", "valuetype", "vlink",
    };

    private readonly record struct Alternative(string? Tag, int Attribute, Operator Operator, string Value, StringComparison Comparison)
    {
        public bool Test(string actual) => Operator switch
        {
            Operator.Equals => string.Equals(actual, Value, Comparison),
            Operator.Contains => actual.Contains(Value, Comparison),
            Operator.HasWord => HasWord(actual),
            _ => true,
        };

        private bool HasWord(string list)
        {
            // The whitespace-separated words, read in place.
            var rest = list.AsSpan();
            while (true)
            {
                var start = rest.IndexOfAnyExcept(" \t\n\r\f");
                if (start < 0)
                {
                    return false;
                }

                rest = rest[start..];
                var end = rest.IndexOfAny(" \t\n\r\f");
                var word = end < 0 ? rest : rest[..end];
                if (word.Equals(Value, Comparison))
                {
                    return true;
                }

                if (end < 0)
                {
                    return false;
                }

                rest = rest[end..];
            }
        }
    }
}
