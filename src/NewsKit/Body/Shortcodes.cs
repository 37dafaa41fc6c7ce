using System.Text.RegularExpressions;
using NewsKit.Models;

namespace NewsKit.Body;

/// <summary>
/// WordPress shortcodes a site left unrendered in its text ("[caption id="attachment_5531" align="aligncenter"]...[/caption]",
/// "[vc_row][vc_column]", "[gallery ids="5535,5536"]"): the tags of a page builder or a plugin, no words of the article.
/// The tags go, the text between them stays (a caption's words are the caption's); a paragraph of tags alone goes.
/// </summary>
internal static class Shortcodes
{
    /// <summary>
    /// An opening or closing tag of a known shortcode: WordPress's own ("caption", "gallery", "embed", "video", "audio",
    /// "playlist") and those of page builders and form plugins by their prefixes ("vc_", "et_pb_", "fusion_", "su_", ...),
    /// written in lower case as WordPress writes them ("[Video]" in a title is a label), with attributes of at most 400
    /// characters.
    /// </summary>
    private static readonly Regex Tag = new(
        @"\[/?(?:caption|wp_caption|gallery|embed|video|audio|playlist|contact-form-7|gravityform|wpforms|rev_slider|(?:vc|et_pb|fusion|su|av|tie|ux|themify|mk|dt|td|tdb|bsf|cs)_[a-z0-9_]+)(?:\s[^\[\]]{0,400})?\]",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The blocks without the shortcode tags in their text; a paragraph or heading left empty goes.</summary>
    public static void Strip(List<BodyBlock> blocks)
    {
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            var block = blocks[i];
            if (block.Kind is not (BlockKind.Paragraph or BlockKind.Heading) || !block.Text.Contains('[', StringComparison.Ordinal))
            {
                continue;
            }

            string text;
            try
            {
                text = Tag.Replace(block.Text, " ");
            }
            catch (RegexMatchTimeoutException)
            {
                continue;
            }

            if (text.Length == block.Text.Length && text == block.Text)
            {
                continue;
            }

            text = Pipeline.ElementText.Collapse(text).Trim();
            if (text.Length == 0)
            {
                blocks.RemoveAt(i);
            }
            else
            {
                blocks[i] = block with { Text = text };
            }
        }
    }
}
