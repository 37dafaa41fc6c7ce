namespace NewsKit.Timestamps;

/// <summary>Where on a page the text of a timestamp was found.</summary>
public enum TimestampSource
{
    /// <summary>Not said: text given directly to the normalizer.</summary>
    Unknown,

    /// <summary>A JSON-LD (schema.org) property such as <c>datePublished</c>.</summary>
    JsonLd,

    /// <summary>A <c>&lt;meta&gt;</c> tag, OpenGraph included (<c>article:published_time</c>).</summary>
    Meta,

    /// <summary>The <c>datetime</c> attribute of a <c>&lt;time&gt;</c> element, or its text.</summary>
    TimeElement,

    /// <summary>A microdata <c>itemprop</c> (<c>datePublished</c>, <c>dateModified</c>) outside JSON-LD, or the same date declared with RDFa or a microformat.</summary>
    Microdata,

    /// <summary>Text a reader sees on the page, such as a byline or a dateline.</summary>
    VisibleText,

    /// <summary>The page URL's path, such as <c>/2025/07/18/</c>. Date precision at most.</summary>
    Url,
}
