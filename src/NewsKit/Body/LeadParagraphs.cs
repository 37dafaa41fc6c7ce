using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>The lead paragraphs between the headline and the body's first container (an intro set apart from the text), told apart from a dek.</summary>
internal static class LeadParagraphs
{
    /// <summary>
    /// The lead: the paragraphs of running text between the headline and the first container of the body that open the
    /// article (an intro or lead paragraph set apart from the text), as opposed to a dek, the subtitle that belongs with
    /// the headline (the standfirst, not body). A paragraph is a lead when its names say so (<see cref="BodyRules.LeadWords"/>);
    /// a dek when they say that (<see cref="BodyRules.DekWords"/>); unnamed, by place: beside the headline (in its parent,
    /// or in a header around it) it is a dek, further down a lead. Leads are paragraphs that end a sentence, outside
    /// figures, captions, lists (key points are not a lead) and tables, boxes a reader dismisses or that ask something of them
    /// (<see cref="BodyExclusions.Dismissable"/>: a sign-up or appeal box), and blocks named as other boilerplate (a "teaser" wrapper does not count against a lead);
    /// what is never text stays out. Nothing is taken when the gap holds more than <see cref="BodyRules.MaxLeadParagraphs"/>
    /// such paragraphs (the headline and the body are then too far apart to be one article's top).
    /// </summary>
    /// <param name="finder">The body finder, whose flags the lead paragraphs are taken back from.</param>
    /// <param name="map">The page's element map.</param>
    /// <param name="exclusions">What the exclusion pass decided.</param>
    /// <param name="classWords">The page's class and id judge.</param>
    /// <param name="headline">The headline element's index; -1 when unknown.</param>
    /// <param name="first">The first container of the body.</param>
    /// <returns>The lead paragraphs in document order; empty when there is none.</returns>
    public static List<int> Find(ContentFinder finder, PageMap map, BodyExclusions exclusions, ClassWords classWords, int headline, int first)
    {
        var lead = new List<int>();
        if (headline < 0 || headline >= first || finder.IsAncestor(headline, first))
        {
            return lead;
        }

        var found = 0;
        for (var i = map.End[headline]; i < first; i++)
        {
            if (exclusions.HardExcluded[i] || exclusions.Dismissable?[i] == true || map.Tags[i] is "figure" or "figcaption" or "picture" or "ul" or "ol" or "dl" or "table")
            {
                i = map.End[i] - 1;
                continue;
            }

            if (finder.IsAncestor(i, first))
            {
                continue;
            }

            var tag = map.Tags[i];
            var chars = exclusions.RawInlineChars[i];
            var heading = BodyRules.HeadingTags.Contains(tag);
            if (!(heading ? chars >= BodyRules.MinLeadHeadingChars : exclusions.IsParagraph(i, chars) && chars >= BodyRules.MinLeadChars)
                || exclusions.RawInlineLinkChars[i] > BodyRules.MaxLeadLinkShare * chars)
            {
                continue;
            }

            if (chars > BodyRules.MaxLeadChars)
            {
                // Text this long between the headline and the body is not an opening paragraph: the gap holds more than a lead.
                return [];
            }

            var candidate = i;
            i = map.End[i] - 1;
            if (++found > BodyRules.MaxLeadParagraphs)
            {
                return [];
            }

            if (IsLead(finder, map, classWords, candidate, headline, first))
            {
                lead.Add(candidate);
            }
        }

        foreach (var i in lead)
        {
            for (var j = i; j < map.End[i]; j++)
            {
                finder.Excluded[j] = exclusions.HardExcluded[j];
            }
        }

        return lead;
    }

    /// <summary>Whether a paragraph between the headline and the body is a lead rather than a dek (see <see cref="Find"/>).</summary>
    private static bool IsLead(ContentFinder finder, PageMap map, ClassWords classWords, int candidate, int headline, int first)
    {
        if (!EndsSentence(map.Elements[candidate]))
        {
            return false;
        }

        var leadNamed = false;
        var dekNamed = false;
        var besideHeadline = map.Parents[candidate] == map.Parents[headline];
        for (var e = candidate; e >= 0 && !finder.IsAncestor(e, first); e = map.Parents[e])
        {
            var element = map.Elements[e];
            foreach (var name in classWords.Names(Attributes.Of(element, "class"), Attributes.Of(element, "id")))
            {
                if (BodyRules.LeadWords.Contains(name))
                {
                    leadNamed = true;
                }
                else if (BodyRules.DekWords.Contains(name))
                {
                    dekNamed = true;
                }
                else if (BodyRules.BoilerplateWords.Contains(name) && name != "header")
                {
                    return false;
                }
            }

            besideHeadline |= map.Tags[e] == "header" && finder.IsAncestor(e, headline);
        }

        return leadNamed || (!dekNamed && !besideHeadline);
    }

    internal static bool EndsSentence(IElement element)
    {
        var text = ElementText.RawText(element).AsSpan().TrimEnd().TrimEnd("\"'”’»«)".AsSpan()).TrimEnd();
        return text.Length > 0 && text[^1] is '.' or '。' or '!' or '?' or '؟' or '।' or '…';
    }
}
