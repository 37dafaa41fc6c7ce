using System.Buffers;
using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Body;

/// <summary>
/// What on the page is not article text, decided before any scoring: tags that never hold it, hidden elements and the
/// elements earlier stages claimed (<see cref="HardExcluded"/>), then the evidence of class and id words and roles, which a
/// block's size or place can outweigh; the page's dominant run of prose, found from text alone, is protected from the
/// names. Fills the finder's <see cref="Excluded"/> flags and keeps what the later passes read (raw inline text, the run).
/// </summary>
internal sealed partial class BodyExclusions
{
    private readonly PageMap map;
    private readonly ExtractionContext context;
    private readonly ElementClaims notBody;
    private readonly ClassWords classWords;
    private readonly bool strict;
    private readonly bool chromeFallback;
    private readonly ElementClaims removed;
    private readonly IReadOnlyList<int> protectedRoots;

    private BodyExclusions(PageMap map, ExtractionContext context, ElementClaims notBody, ClassWords classWords, bool strict, bool[] excluded, ElementClaims removed, IReadOnlyList<int> protectedRoots, bool chromeFallback)
    {
        this.chromeFallback = chromeFallback;
        this.removed = removed;
        this.protectedRoots = protectedRoots;
        this.map = map;
        this.context = context;
        this.notBody = notBody;
        this.classWords = classWords;
        this.strict = strict;
        Excluded = excluded;
    }

    /// <summary>Decides what is not article text on the page of <paramref name="map"/>, writing it to <paramref name="excluded"/>.</summary>
    /// <param name="map">The page's element map.</param>
    /// <param name="context">The parse's context.</param>
    /// <param name="notBody">The elements earlier stages claimed as page furniture.</param>
    /// <param name="classWords">The page's class and id judge.</param>
    /// <param name="strict">False for the recall fallback: weak words and roles exclude nothing.</param>
    /// <param name="excluded">The finder's flags, one per element, to fill.</param>
    /// <param name="removed">Elements an extension said are never body: left out whatever their text.</param>
    /// <param name="protectedRoots">Containers an extension said hold the body: protected, with their ancestors, from names and roles.</param>
    /// <param name="chromeFallback">Whether page chrome (<see cref="BodyRules.ChromeTags"/>) may hold the article: left out unless it holds the dominant run of prose, instead of dropped.</param>
    public static BodyExclusions Mark(PageMap map, ExtractionContext context, ElementClaims notBody, ClassWords classWords, bool strict, bool[] excluded, ElementClaims removed, IReadOnlyList<int> protectedRoots, bool chromeFallback = false)
    {
        var exclusions = new BodyExclusions(map, context, notBody, classWords, strict, excluded, removed, protectedRoots, chromeFallback);
        exclusions.Mark();
        return exclusions;
    }

    /// <summary>Per element, whether it is left out (shared with the finder, which takes lead paragraphs back).</summary>
    public bool[] Excluded { get; }

    /// <summary>
    /// The element whose own paragraphs hold the most prose when no class or id word and no role counts: the page's
    /// dominant run of prose, found from text alone. -1 when the page has no paragraph.
    /// </summary>
    public int DominantRun { get; private set; } = -1;

    /// <summary>What is left out whatever its names say: tags that never hold article text, hidden elements, earlier stages' claims.</summary>
    public bool[] HardExcluded { get; private set; } = [];

    /// <summary>
    /// Per element, whether it is a box a reader dismisses or that asks something of them (a consent banner, a layer with its
    /// own close control, a sign-up or appeal box: <see cref="ConsentBoxes"/>, <see cref="DismissableBoxes"/>); null when the
    /// page has none. Its prose is weighed down, and it gives no lead paragraph.
    /// </summary>
    public bool[]? Dismissable { get; private set; }

    /// <summary>
    /// Per element, whether it is a small box set between the article's paragraphs or parts (<see cref="InsertedBoxes"/>);
    /// null when the page has none. Such a box interrupts the article rather than ending it.
    /// </summary>
    public bool[]? Inserted { get; private set; }

    /// <summary>Per element, the characters of its inline text (its own and its inline descendants'), before exclusions.</summary>
    public int[] RawInlineChars { get; private set; } = [];

    /// <summary>Per element, the part of <see cref="RawInlineChars"/> inside links.</summary>
    public int[] RawInlineLinkChars { get; private set; } = [];

    /// <summary>Whether an element has a child that is not inline (a leaf block with enough text is a paragraph).</summary>
    public bool[] HasBlockChild { get; private set; } = [];

    private void Mark()
    {
        var n = map.Count;
        var rawChars = new int[n];
        var rawLinkChars = new int[n];
        var rawInline = new int[n];
        var rawInlineLinks = new int[n];
        var holdsH1 = new bool[n];
        var holdsPost = new bool[n];
        var captionChars = new int[n];
        HasBlockChild = new bool[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var tag = map.Tags[i];
            if (IsHardDropped(i))
            {
                continue;
            }

            rawChars[i] += map.OwnChars[i];
            rawInline[i] += map.OwnChars[i];
            if (tag == "a")
            {
                rawLinkChars[i] = rawChars[i];
                rawInlineLinks[i] = rawInline[i];
            }

            holdsH1[i] |= tag == "h1";
            holdsPost[i] |= tag == "blockquote" && IsEmbeddedPost(map.Elements[i]);
            if (tag == "figcaption")
            {
                captionChars[i] = rawChars[i];
            }

            var p = map.Parents[i];
            if (p >= 0)
            {
                rawChars[p] += rawChars[i];
                rawLinkChars[p] += rawLinkChars[i];
                captionChars[p] += captionChars[i];
                holdsH1[p] |= holdsH1[i];
                holdsPost[p] |= holdsPost[i];
                if (HtmlTags.Inline.Contains(tag))
                {
                    rawInline[p] += rawInline[i];
                    rawInlineLinks[p] += rawInlineLinks[i];
                }
                else
                {
                    HasBlockChild[p] = true;
                }
            }
        }

        // A picture gallery of the article: a block whose text is mostly its figures' captions, with few links (a
        // carousel of teasers is links). Its weak name ("gallery", "slideshow") does not make it boilerplate, nor those
        // of what lies inside it (its slides, its captions): they are kept as an embedded post is.
        var inGallery = new bool[n];
        for (var i = 0; i < n; i++)
        {
            inGallery[i] = (map.Parents[i] is var parent and >= 0 && inGallery[parent])
                || (captionChars[i] >= BodyRules.MinGalleryCaptionChars && captionChars[i] * 2 >= rawChars[i] && rawLinkChars[i] * 5 < rawChars[i]);
            holdsPost[i] |= inGallery[i];
        }

        // Each element's marks and class verdict, read here once for this pass and below again (pooled: they are per pass).
        var marksOf = ArrayPool<Marks>.Shared.Rent(n);
        var verdicts = ArrayPool<ClassVerdict>.Shared.Rent(n);
        try
        {
            MarkPasses(n, rawChars, rawLinkChars, rawInline, rawInlineLinks, holdsH1, holdsPost, marksOf, verdicts);
        }
        finally
        {
            Array.Clear(marksOf, 0, n);
            ArrayPool<Marks>.Shared.Return(marksOf);
            ArrayPool<ClassVerdict>.Shared.Return(verdicts);
        }
    }

    /// <summary>
    /// The passes of <see cref="Mark()"/> after the sums: what is never article text, the dominant run, then names and
    /// roles. An element's marks and verdict are read once, into <paramref name="marksOf"/> and <paramref name="verdicts"/>
    /// (for every element the last pass reads them of, the first has).
    /// </summary>
    private void MarkPasses(int n, int[] rawChars, int[] rawLinkChars, int[] rawInline, int[] rawInlineLinks, bool[] holdsH1, bool[] holdsPost, Marks[] marksOf, ClassVerdict[] verdicts)
    {
        // What is never article text goes first: tags that never hold it, hidden elements and earlier stages' claims.
        var pageChars = Math.Max(rawChars[0], 1);
        var weight = new float[n];
        // Rented like the marks and verdicts (a page's elements, thousands): cleared and given back below.
        var penalizedBy = ArrayPool<string?>.Shared.Rent(n);
        Array.Clear(penalizedBy, 0, n);
        // A layer a reader closes, a player's box and a box set into the text are weighed as a consent banner is.
        Inserted = InsertedBoxes.Find(map, rawChars);
        var consent = Union(PlayerBoxes.Find(map, rawChars, Union(ConsentBoxes.Find(map, rawChars), DismissableBoxes.Find(map, rawChars))), Inserted);
        consent = CommentThreads.Find(map, rawChars, consent);
        Dismissable = consent;
        var contentHidden = HiddenHoldsMostProse(n, rawChars, rawLinkChars);
        for (var i = 0; i < n; i++)
        {
            var p = map.Parents[i];
            var tag = map.Tags[i];
            if (p >= 0 && Excluded[p])
            {
                Excluded[i] = true;
                continue;
            }

            if (tag is "html" or "body")
            {
                weight[i] = 1;
                continue;
            }

            var element = map.Elements[i];
            var marks = marksOf[i] = Marks.Read(element);
            verdicts[i] = IsFallback(tag) ? ClassVerdict.None : classWords.Judge(marks.ClassName, marks.Id);
            if (consent?[i] == true)
            {
                // A consent banner by what it says and holds is left out as one named so, and its prose weighs as a
                // named dialog's (the name's weight and the evidence of its text and buttons).
                verdicts[i] = verdicts[i] with { Boilerplate = true, Strong = true };
            }

            var large = rawChars[i] >= BodyRules.LargeBlockShare * pageChars;
            Excluded[i] = IsHardDropped(i)
                || (removed.Count > 0 && removed.Contains(element))
                || (notBody.Contains(element) && !IsProse(rawChars[i], rawLinkChars[i]))
                || (marks.Hidden && !large && !contentHidden)
                // "<div class="saboxplugin-wrap" itemprop="author" itemscope itemtype="https://schema.org/Person">": the author's
                // item (name, picture, bio) is about the writer, not part of the story.
                || (marks.AuthorItem && !large);
            // The same word on nested wrappers ("tone-comment" around "column--comment") is one piece of evidence, weighed once.
            var word = verdicts[i].Boilerplate && !marks.ArticleBody ? verdicts[i].Word : null;
            var repeated = word is not null && p >= 0 && string.Equals(word, penalizedBy[p], StringComparison.Ordinal);
            penalizedBy[i] = word ?? (p >= 0 ? penalizedBy[p] : null);
            weight[i] = (p >= 0 ? weight[p] : 1) * NameWeight(i, marks, repeated ? ClassVerdict.None : verdicts[i]) * (consent?[i] == true ? BodyRules.StrongWordProseWeight : 1);
        }

        Array.Clear(penalizedBy, 0, n);
        ArrayPool<string?>.Shared.Return(penalizedBy);
        HardExcluded = (bool[])Excluded.Clone();
        RawInlineChars = rawInline;
        RawInlineLinkChars = rawInlineLinks;

        // The dominant run of prose, from text alone; class and id words and roles cannot remove it or its ancestors.
        var protectedChain = new bool[n];
        DominantRun = FindDominantRun(rawInline, rawInlineLinks, weight);
        for (var r = DominantRun; r >= 0; r = map.Parents[r])
        {
            protectedChain[r] = true;
        }

        foreach (var root in protectedRoots)
        {
            for (var r = root; r >= 0 && !protectedChain[r]; r = map.Parents[r])
            {
                protectedChain[r] = true;
            }
        }

        MarkSignUpBoxes(rawChars, protectedChain);

        // Then the evidence of names and roles, which a block's size or place can outweigh.
        var popup = new bool[n];
        var galleryEnd = 0;
        for (var i = 0; i < n; i++)
        {
            var p = map.Parents[i];
            if (i >= galleryEnd && p >= 0 && !Excluded[p] && IsGalleryWord(verdicts[p]) && rawChars[p] >= BodyRules.LargeBlockShare * pageChars)
            {
                // A gallery kept for its size: the elements inside it, up to its end, are its parts.
                galleryEnd = map.End[p];
            }

            if (Excluded[i] || (p >= 0 && Excluded[p]))
            {
                Excluded[i] = true;
                continue;
            }

            var tag = map.Tags[i];
            if (tag is "html" or "body" || protectedChain[i])
            {
                continue;
            }

            if (IsFallback(tag))
            {
                Excluded[i] = true;
                continue;
            }

            var large = rawChars[i] >= BodyRules.LargeBlockShare * pageChars;
            var structural = tag is "article" or "main" || holdsH1[i];
            if (tag is "form" or "header")
            {
                Excluded[i] = (!large && !holdsH1[i] || tag == "header" && !large) && !IsSectionHeading(i);
                continue;
            }

            // A boilerplate role leaves out a block unless it is large; a large one is still judged by its names (a
            // consent dialog longer than a short article, named as one).
            var marks = marksOf[i];
            if (strict && (IsBoilerplateRole(marks.Role) || IsOpenDialog(i)) && !large)
            {
                Excluded[i] = !(string.Equals(marks.Role, "complementary", StringComparison.OrdinalIgnoreCase) && IsBoxInText(i, rawChars[i]));
                continue;
            }

            var verdict = verdicts[i];
            if (verdict.Boilerplate && !marks.ArticleBody && !(holdsPost[i] && !verdict.Strong) && !(!verdict.Strong && verdict.BoilerplateWords == 1 && IsPlainHeading(i, marks))
                && !(i < galleryEnd && IsGalleryWord(verdict)) && !(verdict.Word is "sidebar" or "sidebars" && IsBoxInText(i, rawChars[i]))
                && !(!verdict.Strong && verdict.Word is { } leadWord && BodyRules.LeadWords.Contains(leadWord) && IsLeadInText(i))
                && !(!verdict.Strong && verdict.Word == "dateline" && IsDatelineLead(i)))
            {
                Excluded[i] = verdict.Strong ? !structural : strict && !large && !structural;
            }
            else if (verdict.Popup && tag != "a")
            {
                popup[i] = true;
                Excluded[i] = !large && (InsidePopup(popup, i) || !StartsWithTrigger(i));
            }
        }
    }

    /// <summary>
    /// The element whose paragraphs (<see cref="IsParagraph"/>), outside what is never article text, hold the most
    /// unlinked characters; -1 when there is none.
    /// </summary>
    private int FindDominantRun(int[] inline, int[] inlineLinks, float[] weight)
    {
        var prose = RunProse = new float[map.Count];
        var best = -1;
        for (var i = 0; i < map.Count; i++)
        {
            if (Excluded[i])
            {
                i = map.End[i] - 1;
                continue;
            }

            if (!IsParagraph(i, inline[i]))
            {
                continue;
            }

            var target = ScoresParent(i) ? map.Parents[i] : i;
            if (target < 0)
            {
                continue;
            }

            prose[target] += (inline[i] - inlineLinks[i]) * weight[target];
            if (best < 0 || prose[target] > prose[best])
            {
                best = target;
            }
        }

        // Subtree sums, so that a sibling of the run can be measured by the prose it holds anywhere inside it.
        SubtreeProse = (float[])prose.Clone();
        for (var i = map.Count - 1; i > 0; i--)
        {
            if (map.Parents[i] >= 0)
            {
                SubtreeProse[map.Parents[i]] += SubtreeProse[i];
            }
        }

        return best;
    }

    /// <summary>Per element, the weighted unlinked characters of the paragraphs it holds directly (see <see cref="DominantRun"/>).</summary>
    public float[] RunProse { get; private set; } = [];

    /// <summary>Per element, <see cref="RunProse"/> summed over its subtree.</summary>
    public float[] SubtreeProse { get; private set; } = [];

    /// <summary>
    /// What an element's names and role say of the prose inside it, as a factor: a strong boilerplate word (comments,
    /// related reading, sidebars) makes its prose count for <see cref="BodyRules.StrongWordProseWeight"/>, a weak one or
    /// a boilerplate role for <see cref="BodyRules.WeakWordProseWeight"/>. Evidence, not removal: a run of prose that
    /// is long enough still wins under a misleading name.
    /// </summary>
    private float NameWeight(int i, in Marks marks, ClassVerdict verdict)
    {
        if (IsFallback(map.Tags[i]))
        {
            // Page chrome (nav, aside, footer, menu) weighs like a strong boilerplate word, noscript like a weak one.
            return map.Tags[i] == "noscript" ? BodyRules.WeakWordProseWeight : BodyRules.StrongWordProseWeight;
        }

        // An overlay (a dialog: a cookie banner, a newsletter pop-up) weighs like a strong boilerplate word, whatever its class says.
        var role = marks.Role?.Trim().LowerInvariant() switch
        {
            null => 1,
            "dialog" or "alertdialog" => BodyRules.StrongWordProseWeight,
            var other => BodyRules.BoilerplateRoles.Contains(other) ? BodyRules.WeakWordProseWeight : 1,
        };
        if (verdict.Boilerplate && !marks.ArticleBody)
        {
            return role * (verdict.Strong ? BodyRules.StrongWordProseWeight : BodyRules.WeakWordProseWeight);
        }

        return role;
    }

    /// <summary>
    /// Whether the element is a paragraph: a block (not inline, not a heading) with at least
    /// <see cref="BodyRules.MinParagraphChars"/> characters of inline text that is a paragraph tag, holds no block of
    /// its own (a leaf block, as a div of spans), or has that much text of its own.
    /// </summary>
    public bool IsParagraph(int i, int inlineChars)
    {
        var tag = map.Tags[i];
        if (HtmlTags.Inline.Contains(tag))
        {
            // Only in the last resort: where a block already holds the text, the wrapper would count it twice.
            return chromeFallback && inlineChars >= BodyRules.MinParagraphChars && IsLooseTextWrapper(i, tag);
        }

        if ((BodyRules.HeadingTags.Contains(tag) && !IsProseHeading(tag, inlineChars)) || inlineChars < BodyRules.MinParagraphChars)
        {
            return false;
        }

        return BodyRules.ParagraphTags.Contains(tag) || !HasBlockChild[i] || map.OwnChars[i] >= BodyRules.MinParagraphChars;
    }

    /// <summary>
    /// Whether an inline element is the wrapper of a block's running text beside the block's other blocks
    /// ("&lt;div&gt;&lt;hr&gt;&lt;font&gt;text&lt;br&gt;&lt;br&gt;text&lt;/font&gt;&lt;/div&gt;", as pages made by hand and old
    /// editors write them): not a link, its parent a block (not a paragraph) that holds other blocks and little text
    /// of its own. Such a block is no paragraph, so the wrapper is one, as Readability wraps loose phrasing content in one.
    /// </summary>
    private bool IsLooseTextWrapper(int i, string tag)
    {
        var parent = map.Parents[i];
        if (tag is "a" || parent < 0 || HasBlockChild[i])
        {
            return false;
        }

        var parentTag = map.Tags[parent];
        return HasBlockChild[parent] && !HtmlTags.Inline.Contains(parentTag) && !BodyRules.ParagraphTags.Contains(parentTag) && parentTag is not ("li" or "dd" or "dt")
            && !BodyRules.HeadingTags.Contains(parentTag) && map.OwnChars[parent] < BodyRules.MinParagraphChars;
    }

    /// <summary>
    /// Whether a subheading (h2 to h6) holds running text, not a heading: <see cref="BodyRules.ProseHeadingChars"/> or more
    /// characters, as templates that set every paragraph in a heading tag write it. The h1 stays a heading.
    /// </summary>
    public static bool IsProseHeading(string tag, int inlineChars) => tag is not "h1" && inlineChars >= BodyRules.ProseHeadingChars;

    /// <summary>A paragraph tag or a leaf block scores its parent (as Readability turns such a div into a p); a block that mixes text with blocks scores itself.</summary>
    public bool ScoresParent(int i) => BodyRules.ParagraphTags.Contains(map.Tags[i]) || !HasBlockChild[i];

    /// <summary>
    /// A claim by an earlier stage is honoured unless the claimed block reads as the article itself: long and
    /// mostly unlinked text (related-link blocks are mostly links, copyright notices are short).
    /// </summary>
    private static bool IsProse(int chars, int linkChars) =>
        chars >= BodyRules.ProseMinChars && linkChars < BodyRules.ProseMaxLinkDensity * chars;

    /// <summary>Whether a blockquote embeds a social post (<see cref="BodyRules.EmbeddedPostClasses"/>).</summary>
    private static bool IsEmbeddedPost(IElement blockquote)
    {
        if (blockquote.GetAttribute("class") is not { Length: > 0 } classes)
        {
            return false;
        }

        foreach (var name in classes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (BodyRules.EmbeddedPostClasses.Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the element is left out unless it holds the dominant run of prose: noscript, and page chrome on the <see cref="Models.BodyPath.PageChrome"/> path.</summary>
    /// <summary>The elements marked in either array (<paramref name="marks"/> itself, changed, when it is not null); null when neither marks any.</summary>
    private static bool[]? Union(bool[]? marks, bool[]? more)
    {
        if (more is null || marks is null)
        {
            return marks ?? (more is null ? null : (bool[])more.Clone());
        }

        for (var i = 0; i < marks.Length; i++)
        {
            marks[i] |= more[i];
        }

        return marks;
    }

    private bool IsFallback(string tag) => BodyRules.FallbackTags.Contains(tag) || (chromeFallback && BodyRules.ChromeTags.Contains(tag));

    private bool InsidePopup(bool[] popup, int i)
    {
        for (var (p, level) = (map.Parents[i], 0); p >= 0 && level < BodyRules.PopupNesting; p = map.Parents[p], level++)
        {
            if (popup[p])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a pop-up wrapper starts with its visible trigger: text of its own or a link as its first child.</summary>
    private bool StartsWithTrigger(int i) =>
        map.OwnChars[i] > 0 || (i + 1 < map.End[i] && map.Parents[i + 1] == i && map.Tags[i + 1] == "a");

    /// <summary>The attributes the exclusion pass reads, from one pass over the element's attributes.</summary>
    private readonly record struct Marks(bool Hidden, string? Role, string? ClassName, string? Id, bool ArticleBody, bool AuthorItem)
    {
        public static Marks Read(IElement element)
        {
            bool hidden = false, ariaHidden = false;
            string? role = null, className = null, id = null, itemprop = null;
            var itemscope = false;
            var attributes = element.Attributes;
            for (var k = 0; k < attributes.Length; k++)
            {
                var attribute = attributes[k];
                if (attribute is null)
                {
                    continue;
                }

                if (attribute.Name == "aria-hidden")
                {
                    ariaHidden |= HiddenElements.Hides(attribute.Name, attribute.Value);
                }
                else
                {
                    hidden |= HiddenElements.Hides(attribute.Name, attribute.Value);
                }

                switch (attribute.Name)
                {
                    case "role":
                        role ??= attribute.Value;
                        break;
                    case "class":
                        className ??= attribute.Value;
                        break;
                    case "id":
                        id ??= attribute.Value;
                        break;
                    case "itemprop":
                        itemprop ??= attribute.Value;
                        break;
                    case "itemscope":
                        itemscope = true;
                        break;
                }
            }

            // HiddenElements' one rule, read from the same pass over the attributes.
            hidden |= ariaHidden && !HiddenElements.IsRotatingItem(element);
            // "<section id="social-login-tokens"><h2>Social login tokens": the heading's slug says nothing of the template.
            id = id is not null && PageRegions.IsHeadingSlug(element, id) ? null : id;
            return new Marks(hidden, role, className, id, itemprop is "articleBody", itemscope && itemprop is "author");
        }
    }

    /// <summary>Whether a gallery's word (<see cref="BodyRules.GalleryWords"/>) is an element's one boilerplate word, and a weak one.</summary>
    private static bool IsGalleryWord(ClassVerdict verdict) =>
        verdict is { Boilerplate: true, Strong: false, BoilerplateWords: 1, Word: { } word } && BodyRules.GalleryWords.Contains(word);

    private static bool IsBoilerplateRole(string? role) =>
        role is not null && BodyRules.BoilerplateRoles.Contains(role.Trim().LowerInvariant());
}
