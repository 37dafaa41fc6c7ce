namespace NewsKit.Models;

/// <summary>
/// What kind of box a related link was offered in, from the box's heading and place. Users keep the kinds they want (a
/// "related to this story" list, say, and not the site-wide most-read list).
/// </summary>
public enum RelatedLinkKind
{
    /// <summary>The box says nothing that tells its kind.</summary>
    Unknown,

    /// <summary>Stories related to this one ("Related", "More on this", "Read also", a teaser line inside the text).</summary>
    Related,

    /// <summary>The site's most read, most popular or trending stories.</summary>
    MostRead,

    /// <summary>The site's latest stories ("Latest", "Just in", "Recent").</summary>
    Latest,

    /// <summary>More stories by the same author.</summary>
    SameAuthor,

    /// <summary>The previous or next story of the site or series, linked with its title.</summary>
    PreviousNext,
}
