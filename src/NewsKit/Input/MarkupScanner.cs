using NewsKit.Pipeline;

namespace NewsKit.Input;

/// <summary>
/// The tokenizer of <see cref="MarkupGuard"/>: one pass over the page text that finds tags as the HTML tokenizer does
/// (comments, doctypes and processing instructions skipped, CDATA sections in foreign content, attribute values in
/// quotes, the content of raw text elements read up to their end tag) and hands every start tag, end tag and run of
/// text to a <see cref="TreeBuilderSimulation"/>, in text order.
/// </summary>
/// <remarks>
/// The scanner also makes the guard's edits that need no model of the tree, into the same <see cref="MarkupRewrite"/>:
/// the text of <c>script</c> and <c>style</c> elements (JSON data blocks are kept), every <c>base</c> element after
/// the first one with an <c>href</c>, and the part of a run of text beyond <see cref="MaxTextRun"/> characters.
/// The work is bounded per character; a rescan never happens. A ref struct over the text: the scan
/// allocates nothing of its own but the tags of unknown names.
/// </remarks>
internal ref struct MarkupScanner
{
    /// <summary>
    /// The longest run of text kept between two tags, in characters (1 Mi). A longer run is cut there: the
    /// extraction stages copy text several times, and a 20 MB text node cost 900 MB of memory.
    /// </summary>
    public const int MaxTextRun = 1024 * 1024;

    /// <summary>The page text.</summary>
    private readonly ReadOnlySpan<char> html;

    /// <summary>Follows the tags and text found.</summary>
    private readonly TreeBuilderSimulation simulation;

    /// <summary>Receives the scanner's own edits.</summary>
    private readonly MarkupRewrite rewrite;

    /// <summary>Checked every 1,024 steps.</summary>
    private readonly CancellationToken cancellationToken;

    /// <summary>The tags of names not in <see cref="TreeConstructionData.KnownTags"/>, one per name for this scan.</summary>
    private readonly Dictionary<string, TagName> otherTags = new(StringComparer.Ordinal);

    /// <summary>Whether a <c>plaintext</c> start tag was kept: the rest of the page is its text, not markup.</summary>
    private bool plaintext;

    /// <summary>Whether a <c>base</c> element with an <c>href</c> was seen (the only one that counts).</summary>
    private bool baseUrlSeen;

    /// <summary>How many <c>noframes</c> start tags were removed and wait for their end tag.</summary>
    private int unwrappedNoframes;

    /// <summary>
    /// For each open <c>template</c> element, whether its tags were removed (a declarative shadow root); its end tag
    /// goes the same way. Bounded by <see cref="MaxOpenTemplates"/>.
    /// </summary>
    private readonly Stack<bool> openTemplates = new();

    /// <summary>The most open <c>template</c> elements followed; deeper ones are left as they are.</summary>
    private const int MaxOpenTemplates = 256;

    /// <summary>Prepares a scan of <paramref name="html"/>; <see cref="Scan"/> runs it.</summary>
    /// <param name="html">The page text.</param>
    /// <param name="simulation">Follows the tags and text found, and may stop the scan at a limit.</param>
    /// <param name="rewrite">Receives the scanner's own edits.</param>
    /// <param name="cancellationToken">Checked every 1,024 steps of the scan.</param>
    public MarkupScanner(ReadOnlySpan<char> html, TreeBuilderSimulation simulation, MarkupRewrite rewrite, CancellationToken cancellationToken)
    {
        this.html = html;
        this.simulation = simulation;
        this.rewrite = rewrite;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>The number of runs of text cut at <see cref="MaxTextRun"/> characters.</summary>
    public int CutTextRuns { get; private set; }

    /// <summary>Reads the whole text, or up to where the simulation stopped it or a <c>plaintext</c> start tag.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled during the scan.</exception>
    public void Scan()
    {
        var n = html.Length;
        var i = 0;
        var steps = 0;
        while (i < n && !plaintext && !simulation.Stopped)
        {
            if ((++steps & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var lt = IndexOf(html, '<', i);
            if (lt < 0)
            {
                Text(i, n);
                break;
            }

            if (lt > i)
            {
                Text(i, lt);
            }

            i = lt + 1 < n ? Markup(lt) : n;
        }
    }

    /// <summary>Reads the markup that starts with the '&lt;' at <paramref name="lt"/>; returns where scanning goes on.</summary>
    /// <param name="lt">The index of the '&lt;'; a character follows it.</param>
    /// <returns>The index after the markup.</returns>
    private int Markup(int lt)
    {
        var n = html.Length;
        var c = html[lt + 1];
        if (c == '!')
        {
            if (html[lt..].StartsWith("<!--"))
            {
                if (lt + 4 < n && html[lt + 4] == '>')
                {
                    return lt + 5;
                }

                if (lt + 5 < n && html[lt + 4] == '-' && html[lt + 5] == '>')
                {
                    return lt + 6;
                }

                return After(IndexOf(html, "-->", lt + 4), 3);
            }

            if (simulation.InForeign && html[lt..].StartsWith("<![CDATA["))
            {
                return After(IndexOf(html, "]]>", lt + 9), 3);
            }

            return After(IndexOf(html, '>', lt + 2), 1);
        }

        if (c == '?')
        {
            return After(IndexOf(html, '>', lt + 2), 1);
        }

        if (c == '/')
        {
            if (lt + 2 >= n)
            {
                return n;
            }

            if (html[lt + 2] == '>')
            {
                return lt + 3;
            }

            if (!char.IsAsciiLetter(html[lt + 2]))
            {
                return After(IndexOf(html, '>', lt + 2), 1);
            }

            var nameEnd = NameEnd(lt + 2);
            var (end, _) = TagEnd(nameEnd);
            if (end < 0)
            {
                return n;
            }

            var endName = TagOf(lt + 2, nameEnd);
            if (endName.Name == "template" && openTemplates.Count > 0 && !simulation.InForeign && openTemplates.Pop())
            {
                // The end of a declarative shadow root whose start tag was removed (below).
                rewrite.Remove(lt, end, space: true);
                return end;
            }

            if (endName.Name == "noframes" && unwrappedNoframes > 0 && !simulation.InForeign)
            {
                unwrappedNoframes--;
                // Its start tag was removed too (below): its content is the page's markup.
                rewrite.Remove(lt, end, space: true);
                return end;
            }

            simulation.EndTag(endName, lt, end);
            return end;
        }

        if (!char.IsAsciiLetter(c))
        {
            Text(lt, lt + 1);
            return lt + 1;
        }

        var startNameEnd = NameEnd(lt + 1);
        var (tagEnd, selfClosing) = TagEnd(startNameEnd);
        if (tagEnd < 0)
        {
            return n;
        }

        var name = TagOf(lt + 1, startNameEnd);
        if (name.Name == "base" && !simulation.InForeign)
        {
            // Only the first base element with an href sets the document's base URL, and AngleSharp does work
            // proportional to the whole document for every base element it inserts: drop the others.
            if (baseUrlSeen)
            {
                rewrite.Remove(lt, tagEnd, space: false);
                return tagEnd;
            }

            baseUrlSeen = html.Slice(startNameEnd, tagEnd - startNameEnd).Contains("href", StringComparison.OrdinalIgnoreCase);
        }

        if (name.Name == "noframes" && !simulation.InForeign)
        {
            // What a page writes for browsers without frames is markup (the article of an old frameset page, or a whole
            // page in its body), but HTML reads it as raw text: the tags are removed, so their content is parsed as the
            // page's markup and never comes out as literal tags.
            rewrite.Remove(lt, tagEnd, space: true);
            unwrappedNoframes++;
            return tagEnd;
        }

        if (name.Name == "template" && !simulation.InForeign && openTemplates.Count < MaxOpenTemplates)
        {
            // A declarative shadow root ("<template shadowrootmode=open>") is the content its host shows, which a browser
            // renders in place; HTML keeps a template's content out of the document. Its tags are removed, so the
            // content is parsed as the host's. Other templates stay inert.
            var shadowRoot = html.Slice(startNameEnd, tagEnd - startNameEnd).Contains("shadowroot", StringComparison.OrdinalIgnoreCase);
            openTemplates.Push(shadowRoot);
            if (shadowRoot)
            {
                rewrite.Remove(lt, tagEnd, space: true);
                return tagEnd;
            }
        }

        var html5 = !simulation.InForeign || name.Is(TagKinds.ForeignBreakout);
        var attributes = name.Is(TagKinds.Formatting) ? AttributeText(startNameEnd, tagEnd) : default;
        var kept = simulation.StartTag(name, lt, tagEnd, selfClosing, attributes);
        if (simulation.Stopped)
        {
            return n;
        }

        if (html5 && kept && name.Name == "plaintext")
        {
            plaintext = true;
            return n;
        }

        if (!html5 || !name.Is(TagKinds.RawText))
        {
            return tagEnd;
        }

        var after = RawTextEnd(name, tagEnd, out var closing);
        if (kept && name.Name is "script" or "style" && closing > tagEnd
            && !html.Slice(startNameEnd, tagEnd - startNameEnd).Contains("json", StringComparison.OrdinalIgnoreCase)
            && !(name.Name == "script" && IsUntypedJsonLd(html.Slice(tagEnd, closing - tagEnd))))
        {
            // Code and style sheets: nothing reads them, and they are half the text of a typical page. JSON data
            // blocks (JSON-LD) are kept, with or without their type.
            rewrite.Remove(tagEnd, closing, space: false);
        }

        return after;
    }

    /// <summary>Where the attributes of a tag stand: the text from the end of its name to its end, without the spaces, '/' and '&gt;' around it.</summary>
    private readonly TextRange AttributeText(int nameEnd, int tagEnd)
    {
        const string Around = " \t\n\r\f/>";
        var text = html.Slice(nameEnd, tagEnd - nameEnd);
        var lead = text.Length - text.TrimStart(Around).Length;
        return new TextRange(nameEnd + lead, text.Trim(Around).Length);
    }

    /// <summary>Whether a script's text is a JSON-LD object written without its type: it opens with an object or array and names its context early on.</summary>
    private static bool IsUntypedJsonLd(ReadOnlySpan<char> content)
    {
        var start = content.TrimStart();
        return start.Length > 0 && start[0] is '{' or '[' && start[..Math.Min(start.Length, 512)].Contains("@context", StringComparison.Ordinal);
    }

    /// <summary>The index after a closing sequence of <paramref name="length"/> characters found at <paramref name="index"/>; the end of the text when none was found.</summary>
    private int After(int index, int length) => index < 0 ? html.Length : index + length;

    /// <summary>The end of the tag name that starts at <paramref name="start"/>: the first space, '/' or '&gt;'.</summary>
    private int NameEnd(int start)
    {
        var j = start;
        while (j < html.Length && !IsSpace(html[j]) && html[j] != '/' && html[j] != '>')
        {
            j++;
        }

        return j;
    }

    /// <summary>The tag of a name: one shared object per known lower-case name, one per scan for any other name.</summary>
    private TagName TagOf(int start, int end)
    {
        var span = html.Slice(start, end - start);
#if NET9_0_OR_GREATER
        if (TreeConstructionData.KnownTagLookup.TryGetValue(span, out var known))
        {
            return known;
        }
#endif
        var name = span.ToString().LowerInvariant();
        if (TreeConstructionData.KnownTags.TryGetValue(name, out var tag) || otherTags.TryGetValue(name, out tag))
        {
            return tag;
        }

        tag = new TagName(name, TreeConstructionData.KindsOf(name), TreeConstructionData.KnownTags.Count + otherTags.Count);
        otherTags.Add(name, tag);
        return tag;
    }

    /// <summary>Skips the attributes of a tag the way the tokenizer does; returns the index after '&gt;', or -1 at the end of the text.</summary>
    private (int End, bool SelfClosing) TagEnd(int start)
    {
        var n = html.Length;
        var j = start;
        var selfClosing = false;
        while (j < n)
        {
            var c = html[j];
            if (c == '>')
            {
                return (j + 1, selfClosing);
            }

            if (c == '/')
            {
                selfClosing = j + 1 < n && html[j + 1] == '>';
                j++;
                continue;
            }

            selfClosing = false;
            if (IsSpace(c))
            {
                j++;
                continue;
            }

            j++;
            while (j < n && !IsSpace(html[j]) && html[j] is not '/' and not '>' and not '=')
            {
                j++;
            }

            var k = j;
            while (k < n && IsSpace(html[k]))
            {
                k++;
            }

            if (k >= n || html[k] != '=')
            {
                j = k;
                continue;
            }

            k++;
            while (k < n && IsSpace(html[k]))
            {
                k++;
            }

            if (k < n && html[k] is '"' or '\'')
            {
                var close = IndexOf(html, html[k], k + 1);
                if (close < 0)
                {
                    return (-1, false);
                }

                j = close + 1;
            }
            else
            {
                while (k < n && !IsSpace(html[k]) && html[k] != '>')
                {
                    k++;
                }

                j = k;
            }
        }

        return (-1, false);
    }

    /// <summary>Finds the end of a raw text element's content: after its end tag, or the end of the text.</summary>
    private int RawTextEnd(TagName name, int from, out int closing)
    {
        var n = html.Length;
        var k = from;
        while (true)
        {
            var lt = IndexOf(html, "</", k);
            if (lt < 0)
            {
                closing = n;
                return n;
            }

            var nameEnd = lt + 2 + name.Name.Length;
            if (nameEnd <= n
                && html.Slice(lt + 2, name.Name.Length).Equals(name.Name, StringComparison.OrdinalIgnoreCase)
                && (nameEnd == n || IsSpace(html[nameEnd]) || html[nameEnd] is '/' or '>'))
            {
                var (end, _) = TagEnd(nameEnd);
                closing = lt;
                return end < 0 ? n : end;
            }

            k = lt + 2;
        }
    }

    /// <summary>The index of <paramref name="value"/> in <paramref name="text"/> at or after <paramref name="start"/>, or -1.</summary>
    private static int IndexOf(ReadOnlySpan<char> text, char value, int start)
    {
        var at = text[start..].IndexOf(value);
        return at < 0 ? -1 : start + at;
    }

    /// <summary>The index of <paramref name="value"/> in <paramref name="text"/> at or after <paramref name="start"/>, or -1.</summary>
    private static int IndexOf(ReadOnlySpan<char> text, string value, int start)
    {
        var at = text[start..].IndexOf(value, StringComparison.Ordinal);
        return at < 0 ? -1 : start + at;
    }

    /// <summary>The tokenizer's white space: space, tab, line feed, carriage return, form feed.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    /// <summary>A run of text from <paramref name="start"/> to <paramref name="end"/>: cut when too long, then followed by the simulation.</summary>
    private void Text(int start, int end)
    {
        if (end - start > MaxTextRun)
        {
            rewrite.Remove(start + MaxTextRun, end, space: false);
            CutTextRuns++;
        }

        simulation.Text(html.Slice(start, end - start));
    }
}
