namespace NewsKit.Models;

/// <summary>
/// Which of the body stage's independent paths produced <see cref="ArticleBody"/>. The stage compares them and keeps
/// the one that holds the article; the value says which won, so a user (or an evaluation) can see how often each
/// path decides and treat the rarer ones with more care.
/// </summary>
public enum BodyPath
{
    /// <summary>No body: no path found main content.</summary>
    None,

    /// <summary>The container with the best score, where text, structure and class and id words all count (the usual path).</summary>
    Scored,

    /// <summary>The same scoring with class and id words and landmark roles ignored: chosen when the first path lost most
    /// of the article to a misleading name on one of its ancestors.</summary>
    Unweighted,

    /// <summary>The longest run of prose on the page, found from text density alone: chosen when the scored paths miss most
    /// of it.</summary>
    Density,

    /// <summary>The text the page declares as its body in structured data (JSON-LD <c>articleBody</c>): chosen when the
    /// visible page gave much less of it.</summary>
    Declared,

    /// <summary>The containers a parser extension gave (a site rule's body selector, see <see cref="Extensions.ArticleCandidates.AddBodyRoot"/>).</summary>
    Extension,

    /// <summary>The last resort, chosen only when no other path found main content, or found less text than page chrome
    /// beside the headline holds: the scoring run again with page chrome
    /// (<c>nav</c>, <c>aside</c>, <c>footer</c>, <c>menu</c>, otherwise dropped whole) allowed to hold the article (a
    /// template that puts the whole article inside an aside or a footer), and with text in an inline wrapper beside other
    /// blocks counted as paragraphs (<c>&lt;div&gt;&lt;hr&gt;&lt;font&gt;text&lt;br&gt;&lt;br&gt;text&lt;/font&gt;&lt;/div&gt;</c>, as
    /// pages made by hand write it).</summary>
    PageChrome,

    /// <summary>The last resort after <see cref="PageChrome"/>: the <c>main</c> or <c>article</c> element that holds the
    /// headline, written with its lists and lines of links (otherwise left out as navigation): a page whose content is a
    /// list of documents, projects or publications under a short introduction.</summary>
    LinkLists,

    /// <summary>A photo story: the last resort after <see cref="LinkLists"/> when the pictures' captions are its only text,
    /// or a gallery whose captions say more than the rest of the result (a short intro over captioned pictures); each
    /// figure's caption is its block's text too, so that the body's text holds them.</summary>
    Captions,
}
