using System.Text.Json;

namespace NewsKit.Metadata;

/// <summary>A recipe's text as the page declares it in JSON-LD: the declared body of a recipe page, which has no <c>articleBody</c>.</summary>
internal static class DeclaredRecipe
{
    /// <summary>
    /// The text of a recipe the page declares (schema.org <c>Recipe</c>): its ingredients, one a line, then its
    /// instructions (a text, a list of texts, or steps and sections of steps), one step a line; null when the page declares
    /// no recipe with both.
    /// </summary>
    public static string? Text(JsonLdGraph graph)
    {
        var recipe = graph.Nodes.FirstOrDefault(n => !n.IsForeign && n.HasAnyType(["Recipe"]));
        if (recipe?.Get("recipeIngredient") is not { } ingredients || recipe.Get("recipeInstructions") is not { } instructions)
        {
            return null;
        }

        var lines = new List<string>(JsonLdValues.AsTexts(ingredients));
        var ingredientCount = lines.Count;
        AddSteps(instructions, lines, depth: 0);
        return ingredientCount > 0 && lines.Count > ingredientCount ? string.Join('\n', lines) : null;
    }

    /// <summary>The steps of recipe instructions: texts, HowToStep objects (their <c>text</c>), HowToSection objects (their <c>itemListElement</c>).</summary>
    private static void AddSteps(JsonElement value, List<string> lines, int depth)
    {
        foreach (var item in JsonLdValues.Items(value))
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } text)
            {
                lines.Add(text.Trim());
            }
            else if (item.ValueKind == JsonValueKind.Object)
            {
                if (item.TryGetProperty("itemListElement", out var inner) && depth < 2)
                {
                    AddSteps(inner, lines, depth + 1);
                }
                else if (item.TryGetProperty("text", out var step) && step.ValueKind == JsonValueKind.String && step.GetString() is { Length: > 0 } stepText)
                {
                    lines.Add(stepText.Trim());
                }
            }
        }
    }
}
