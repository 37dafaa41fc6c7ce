namespace NewsKit.Input;

/// <summary>How a start tag acts on the stack of open elements before it is inserted (the "in body" and table rules), worked out without changing the model.</summary>
internal sealed partial class TreeBuilderSimulation
{
    /// <summary>What a start tag does before it is inserted, worked out without changing the model.</summary>
    /// <param name="Limit">The number of open elements left after it closes the ones it closes.</param>
    /// <param name="Implied">The elements it opens first (a <c>td</c> right in a <c>table</c> opens <c>tbody</c> and <c>tr</c>).</param>
    /// <param name="Ignore">Whether the parser ignores the tag.</param>
    private readonly record struct StartPlan(int Limit, TagName[] Implied, bool Ignore);

    /// <summary>Works out, without changing the model, how many open elements a start tag closes first and which it implies.</summary>
    private StartPlan Plan(TagName name)
    {
        var limit = model.Count;
        TagName[] implied = [];
        switch (name.Name)
        {
            case "td" or "th" or "tr" or "tbody" or "thead" or "tfoot" or "caption" or "colgroup":
                return TablePlan(name);
            case "table":
                limit = model.CloseParagraph(limit);
                var context = model.Nearest(TreeConstructionData.TableContexts, limit);
                if (context >= 0 && model[context].Name is "table" or "tbody" or "thead" or "tfoot" or "tr")
                {
                    limit = Math.Max(0, model.Nearest(TreeConstructionData.TableElement, context + 1));
                }

                return new StartPlan(limit, implied, false);
            case "li" or "dd" or "dt":
                for (var k = limit - 1; k >= 0; k--)
                {
                    var open = model[k].Tag;
                    if (open == name || (name.Name != "li" && open.Name is "dd" or "dt"))
                    {
                        limit = k;
                        break;
                    }

                    if (open.Is(TagKinds.Special) && open.Name is not "address" and not "div" and not "p")
                    {
                        break;
                    }
                }

                return new StartPlan(model.CloseParagraph(limit), implied, false);
            case "option":
                return new StartPlan(limit > 0 && model[limit - 1].Name == "option" ? limit - 1 : limit, implied, false);
            case "optgroup":
                if (limit > 0 && model[limit - 1].Name == "option")
                {
                    limit--;
                }

                return new StartPlan(limit > 0 && model[limit - 1].Name == "optgroup" ? limit - 1 : limit, implied, false);
            case "button":
                var button = model.InScope(name, TagKinds.Scope, limit);
                return new StartPlan(button >= 0 ? button : limit, implied, false);
        }

        if (name.Is(TagKinds.ClosesParagraph))
        {
            limit = model.CloseParagraph(limit);
            if (name.Is(TagKinds.Heading) && limit > 0 && model[limit - 1].Tag.Is(TagKinds.Heading))
            {
                limit--;
            }
        }

        return new StartPlan(limit, implied, false);
    }

    /// <summary>The plan of a table part's start tag: the cells, rows or sections it closes, the section and row it implies.</summary>
    private StartPlan TablePlan(TagName name)
    {
        var limit = model.Count;
        while (true)
        {
            var k = model.Nearest(TreeConstructionData.TableContexts, limit);
            if (k < 0 || model[k].Name == "template")
            {
                return new StartPlan(limit, [], Ignore: true);
            }

            var at = model[k].Name;
            var closes = at is "td" or "th" or "caption"
                || (at == "tr" && name.Name is not "td" and not "th")
                || (model[k].Tag.Is(TagKinds.TableSection) && name.Name is "tbody" or "thead" or "tfoot" or "caption" or "colgroup");
            if (closes)
            {
                limit = k;
                continue;
            }

            limit = k + 1;
            var implied = (at, name.Name) switch
            {
                ("table", "td" or "th") => ImpliedBodyAndRow,
                ("table", "tr") => ImpliedBody,
                ("tbody" or "thead" or "tfoot", "td" or "th") => ImpliedRow,
                _ => [],
            };
            return new StartPlan(limit, implied, Ignore: name.Name == "colgroup");
        }
    }

    /// <summary>Whether an element named <paramref name="name"/> is open at or above the watermark (its end tag closes it, not a removed one).</summary>
    private bool IsOpenAboveWatermark(TagName name)
    {
        for (var k = model.Count - 1; k >= model.Watermark && k >= 0; k--)
        {
            if (model[k].Tag == name)
            {
                return true;
            }
        }

        return false;
    }
}
