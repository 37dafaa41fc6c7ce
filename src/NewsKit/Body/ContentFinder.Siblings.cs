using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>
/// The siblings of the chosen container that continue the article: containers that score like it, prose after a block set
/// into the text, content frames that share its class, the subheadings between them; a layout's other column never.
/// </summary>
internal sealed partial class ContentFinder
{
    /// <summary>
    /// The siblings of <paramref name="top"/> that continue it; prose between <paramref name="headline"/> (its index, -1
    /// when unknown) and the container is the article's opening, however short.
    /// </summary>
    private List<int> SiblingsOf(int top, int headline)
    {
        var parent = map.Parents[top];
        if (parent < 0)
        {
            return [top];
        }

        var roots = new List<int>();
        var threshold = Math.Max(BodyRules.SiblingMinScore, Mass[top] * BodyRules.SiblingScoreShare);
        var topClass = map.Elements[top].GetAttribute("class");
        var topClasses = ClassTokens(top);
        var topIsColumn = IsGridColumn(top);
        var reopened = false;
        for (var s = parent + 1; s < map.End[parent]; s = map.End[s])
        {
            if (s == top)
            {
                roots.Add(s);
                continue;
            }

            if (s > top && !exclusions.HardExcluded[s] && IsHeadingFrame(s) && map.End[s] < map.End[parent] && ContinuesWithProse(map.End[s], top, topClasses))
            {
                // A subheading in a wrapper of its own ("<div class="frame frame-type-header"><h2>Sponsoren gesucht</h2></div>"),
                // left out for a boilerplate word or not, before a block of prose like the article's: the article's next
                // section, not its end.
                for (var j = s; j < map.End[s]; j++)
                {
                    Excluded[j] = exclusions.HardExcluded[j];
                }

                roots.Add(s);
                continue;
            }

            if (s > top && !Excluded[s] && OpensWithEndHeading(s))
            {
                // "<div class="l"><h2>Written by Dimas Prasetyo</h2><p>Freelance journalist ...</p><h2>Responses (12)</h2>":
                // a block after the article that opens with an author box's or the comments' heading ends it, whatever
                // class it shares with the article's block.
                break;
            }

            if (s > top && Excluded[s] && ShowsText(s) && !IsSlotLabel(s) && exclusions.Inserted?[s] != true)
            {
                // A block left out for what it is (tags, a share bar, related reading) ends the article (a box set into the
                // text, an appeal between its parts, only interrupts it), unless the
                // article's own container opens again after it (a CMS that closes the body for a newsletter or related
                // module and reopens it with the same class): the block was set into the text.
                if (!PageRegions.HasMarker(map.Elements[s], InsertedModules) || !ReopensAfter(top, topClass, s, map.End[parent]))
                {
                    break;
                }

                reopened = true;
                continue;
            }

            if (Excluded[s] || (map.Tags[top] is "td" or "th" && map.Tags[s] is "td" or "th") || (topIsColumn && IsGridColumn(s)))
            {
                // A cell beside the article's cell is another column of a layout table (a sidebar), not more of the article;
                // so is a column of a layout grid beside the article's column ("<div class="col-md-9">...<div class="col-md-3">").
                continue;
            }

            var sameClass = !string.IsNullOrEmpty(topClass) && map.Elements[s].GetAttribute("class") == topClass;
            var mass = Mass[s] * (1 - LinkDensity(s));
            var points = IsCandidate[s] ? Points[s] * (1 - LinkDensity(s)) + (sameClass ? Points[top] * BodyRules.SiblingScoreShare : 0) : 0;
            // Mass measures paragraphs by their commas too: a column of short comma-rich lines (addresses, opening hours)
            // beside a story written without commas weighs like more story. It joins by its mass only with prose of its own.
            var prosed = exclusions.SubtreeProse[s] >= BodyRules.RunSiblingShare * exclusions.SubtreeProse[top];
            if ((mass > 0 && mass >= threshold && prosed) || points >= Math.Max(BodyRules.SiblingMinScore, Points[top] * BodyRules.SiblingScoreShare)
                || (sameClass && reopened && points >= Points[top] * BodyRules.SiblingScoreShare)
                || (s > top && mass > 0 && ContinuesWithProse(s, top, topClasses))
                || (mass > 0 && s < top && headline >= 0 && s > headline && Chars[s] >= BodyRules.MinOpeningChars
                    && LinkDensity(s) < BodyRules.ProseMaxLinkDensity && mass >= Mass[top] * BodyRules.SiblingScoreShare))
            {
                // A container like the article's after a block set into the text continues it however short it is; so does
                // one after it that shares a class with it and holds prose of its own (a CMS's content frames: "frame
                // frame-type-textpic", then "frame frame-type-text").
                roots.Add(s);
            }
            else if ((s > top || (headline >= 0 && s > headline && IsSameKindOfBlock(s, top)) ? WrappedParagraph(s) : map.Tags[s] == "p" ? s : -1) is var p && p >= 0)
            {
                var chars = InlineChars[p];
                var density = LinkDensity(p);
                if ((chars > 80 && density < 0.25) || (chars > 0 && chars <= 80 && density == 0 && LeadParagraphs.EndsSentence(map.Elements[p])))
                {
                    roots.Add(p);
                }
            }
        }

        AddContiguousSections(parent, top, roots);
        return roots;
    }

    /// <summary>
    /// Whether a block is of the kind of <paramref name="top"/>: the same tag, and the same class or the same component name
    /// ("<c>&lt;div data-component="text-block"&gt;</c>", one per paragraph of the story, the last one holding the line-ups).
    /// </summary>
    private bool IsSameKindOfBlock(int block, int top)
    {
        if (map.Tags[block] != map.Tags[top])
        {
            return false;
        }

        var (element, chosen) = (map.Elements[block], map.Elements[top]);
        return (Attributes.Of(element, "class") is { Length: > 0 } className && className == Attributes.Of(chosen, "class"))
            || (Attributes.Of(element, "data-component") is { Length: > 0 } component && component == Attributes.Of(chosen, "data-component"));
    }

    /// <summary>
    /// Whether the element is a column of a layout grid, by its class: Bootstrap's and Foundation's column classes ("col-9",
    /// "col-md-3", "large-8"), a span of a grid ("span8"), a fraction of a width ("w-2/3", "lg:w-1/3").
    /// </summary>
    private bool IsGridColumn(int i)
    {
        if (Attributes.Of(map.Elements[i], "class") is not { Length: > 0 } classes)
        {
            return false;
        }

        var rest = classes.AsSpan();
        while (rest.IndexOfAnyExcept(HtmlTags.WhiteSpace) is var at and >= 0)
        {
            rest = rest[at..];
            var length = rest.IndexOfAny(HtmlTags.WhiteSpace) is var space and >= 0 ? space : rest.Length;
            var token = rest[..length];
            rest = rest[length..];
            var name = token[(token.IndexOf(':') + 1)..];
            var digit = name.IndexOfAnyInRange('0', '9');
            if (digit > 0 && (name.StartsWith("col-", StringComparison.Ordinal) || (name.StartsWith("span", StringComparison.Ordinal) && digit == 4)
                || name.StartsWith("large-", StringComparison.Ordinal) || name.StartsWith("medium-", StringComparison.Ordinal)
                || (name.StartsWith("w-", StringComparison.Ordinal) && digit == 2 && name.Contains('/'))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a block holds one subheading (h2 to h4, without links, at most <see cref="TrailingClutter.MaxDanglingChars"/>
    /// characters) and no other text, and the heading names no related reading and no end of the article.
    /// </summary>
    private bool IsHeadingFrame(int block)
    {
        var heading = -1;
        for (var j = block; j < map.End[block]; j++)
        {
            if (map.Tags[j] == "a")
            {
                return false;
            }

            if (map.Tags[j] is "h2" or "h3" or "h4")
            {
                if (heading >= 0)
                {
                    return false;
                }

                heading = j;
                j = map.End[j] - 1;
            }
            else if (map.OwnChars[j] > 0)
            {
                return false;
            }
        }

        return heading >= 0 && exclusions.RawInlineChars[heading] is > 0 and <= TrailingClutter.MaxDanglingChars
            && !ArticleEnd.IsRelatedOrEndHeading(ElementText.Text(map.Elements[heading], TrailingClutter.MaxDanglingChars));
    }

    /// <summary>
    /// Whether the block at <paramref name="next"/> is prose of its own like the article's: left in, mostly unlinked, with a
    /// share of <paramref name="top"/>'s prose, sharing a class token with it (<paramref name="topClasses"/>, its class tokens).
    /// </summary>
    private bool ContinuesWithProse(int next, int top, string[] topClasses) => topClasses.Length > 0 && !Excluded[next]
        && LinkDensity(next) < BodyRules.ProseMaxLinkDensity && exclusions.SubtreeProse[next] > 0
        && exclusions.SubtreeProse[next] >= BodyRules.RunSiblingShare * exclusions.SubtreeProse[top] && SharesClass(topClasses, ClassTokens(next));

    /// <summary>
    /// Whether a block left out is only the label of an ad slot ("Advertisement", "Anzeige": <see cref="BodyRules.AdLabels"/>),
    /// with no heading and no link in it. It interrupts the article (the text goes on after the ad) rather than ending
    /// it as a share bar or a list of tags does.
    /// </summary>
    private bool IsSlotLabel(int i)
    {
        if (map.Tags[i] is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
        {
            return false;
        }

        var chars = 0;
        for (var j = i; j < map.End[i]; j++)
        {
            if (map.Tags[j] == "a")
            {
                return false;
            }

            chars += exclusions.HardExcluded[j] ? 0 : map.OwnChars[j];
            if (chars > BodyRules.MaxSlotLabelChars)
            {
                return false;
            }
        }

        return chars > 0 && BlockBuilder.IsAdLabel(ElementText.Text(map.Elements[i], BodyRules.MaxSlotLabelChars * 2));
    }

    /// <summary>
    /// Whether the first text of a block is a heading (h2 to h4) that ends an article: the comments' or a related list's
    /// (<see cref="ArticleEnd.IsRelatedOrEndHeading"/>), or an author box's ("About the author", "Written by Dimas Prasetyo").
    /// </summary>
    private bool OpensWithEndHeading(int block)
    {
        for (var j = block; j < map.End[block]; j++)
        {
            if (map.Tags[j] is "h2" or "h3" or "h4")
            {
                var text = ElementText.Text(map.Elements[j], TrailingClutter.MaxDanglingChars + 1).Trim();
                if (text.Length > TrailingClutter.MaxDanglingChars)
                {
                    return false;
                }

                var lower = text.TrimEnd(':').LowerInvariant();
                return ArticleEnd.IsRelatedOrEndHeading(text) || Metadata.MetadataRules.AuthorBoxHeadings.Contains(lower, StringComparer.Ordinal)
                    || (lower.StartsWith("written by ", StringComparison.Ordinal) && Metadata.BylineParser.OpensWithPrefix(text));
            }

            if (map.OwnChars[j] > 0 && !exclusions.HardExcluded[j])
            {
                return false;
            }
        }

        return false;
    }
}
