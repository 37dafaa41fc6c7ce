using System.Text.Json;

namespace NewsKit.Metadata;

/// <summary>Helpers to read JSON-LD values that may be strings, arrays or objects.</summary>
internal static class JsonLdValues
{
    public static string? AsText(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                // Plugins write HTML entities into JSON strings ("The Vale &amp; Dale Courier", "Zo&euml;").
                return value.GetString() is { Length: > 0 } s ? (s.Contains('&', StringComparison.Ordinal) && s.Contains(';', StringComparison.Ordinal) ? System.Net.WebUtility.HtmlDecode(s) : s).Trim() : null;
            case JsonValueKind.Number:
                return value.GetRawText();
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                    {
                        return AsText(item);
                    }
                }

                return null;
            case JsonValueKind.Object:
                foreach (var key in new[] { "@value", "name" })
                {
                    if (value.TryGetProperty(key, out var inner) && inner.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                    {
                        return AsText(inner);
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>Every string of a value that is a string, an array of strings, or a comma-separated string.</summary>
    public static IEnumerable<string> AsTexts(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (AsText(item) is { } text)
                {
                    yield return text;
                }
            }
        }
        else if (AsText(value) is { } text)
        {
            yield return text;
        }
    }

    /// <summary>The items of a value that may be one item or an array.</summary>
    public static IEnumerable<JsonElement> Items(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                yield return item;
            }
        }
        else
        {
            yield return value;
        }
    }
}
