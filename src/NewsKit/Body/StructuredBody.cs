using System.Text.Json;
using NewsKit.Metadata;

namespace NewsKit.Body;

/// <summary>Reads the article text a page declares in JSON-LD (<c>articleBody</c>), the structured-data evidence of the body.</summary>
internal static class StructuredBody
{
    private const int MaxScriptChars = 2_000_000;

    /// <summary>The longest <c>articleBody</c> string in the page's JSON-LD scripts, white space normalized; null when none.</summary>
    public static string? Find(PageMap map)
    {
        string? best = null;
        for (var i = 0; i < map.Count; i++)
        {
            if (map.Tags[i] != "script" || map.Elements[i].GetAttribute("type")?.Contains("ld+json", StringComparison.OrdinalIgnoreCase) != true)
            {
                continue;
            }

            var json = PageInspector.RawText(map.Elements[i]);
            if (json.Length > MaxScriptChars)
            {
                continue;
            }

            var found = Search(json);
            if (found is not null && (best is null || found.Length > best.Length))
            {
                best = found;
            }
        }

        return best;
    }

    private static string? Search(string json)
    {
        // Without the property name written out, and without \u escapes that could spell it, no property can be
        // articleBody: most scripts (organizations, breadcrumbs, web sites) are not parsed a second time.
        if (!json.Contains("articleBody", StringComparison.Ordinal) && !json.Contains("\\u", StringComparison.Ordinal))
        {
            return null;
        }

        JsonDocument document;
        try
        {
            // Escaped lone surrogates repaired as the metadata stage repairs them: GetString throws on them.
            document = JsonDocument.Parse(JsonLdGraph.WithoutLoneSurrogateEscapes(json), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            string? best = null;
            var stack = new Stack<JsonElement>();
            stack.Push(document.RootElement);
            while (stack.Count > 0)
            {
                var element = stack.Pop();
                if (element.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in element.EnumerateArray())
                    {
                        stack.Push(item);
                    }
                }
                else if (element.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in element.EnumerateObject())
                    {
                        if (property.NameEquals("articleBody") && property.Value.ValueKind == JsonValueKind.String)
                        {
                            var text = property.Value.GetString();
                            if (text is not null && (best is null || text.Length > best.Length))
                            {
                                best = text;
                            }
                        }
                        else if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                        {
                            stack.Push(property.Value);
                        }
                    }
                }
            }

            return best;
        }
    }
}
