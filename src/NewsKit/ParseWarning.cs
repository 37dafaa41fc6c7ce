namespace NewsKit;

/// <summary>Something worth knowing about a parse that did not stop it. Immutable.</summary>
/// <param name="Kind">What kind of thing happened.</param>
/// <param name="Message">A sentence for people, such as "published: JSON-LD says 2025-07-18, the byline says 2025-07-17".</param>
public sealed record ParseWarning(WarningKind Kind, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Kind}: {Message}";
}

/// <summary>The kinds of <see cref="ParseWarning"/>.</summary>
public enum WarningKind
{
    /// <summary>A size, depth, element or JSON-LD limit was reached; part of the page was flattened or dropped.</summary>
    LimitReached,

    /// <summary>Two sources disagreed on a field; the one chosen is in <see cref="Models.Article.Sources"/>.</summary>
    SourceConflict,

    /// <summary>Structured data (JSON-LD, microdata) was malformed and skipped in part or whole.</summary>
    InvalidStructuredData,

    /// <summary>The character encoding was missing, wrong or guessed.</summary>
    Encoding,

    /// <summary>A value that looked like a date was rejected.</summary>
    RejectedTimestamp,

    /// <summary>The input ended early (gzip data cut short): the page was read as far as it goes.</summary>
    TruncatedInput,

    /// <summary>A parser extension failed (it threw, or its post-processor returned null) or gave a candidate that reads as no value; the parse went on without it.</summary>
    ExtensionFailed,

    /// <summary>
    /// The page states when it was updated and not when it was published (only <c>og:updated_time</c> or
    /// <c>dateModified</c>, or only a "Last updated" line): <see cref="Models.Dateline.Published"/> holds the update's
    /// value too, and <see cref="Models.Article.Sources"/> names the update's source.
    /// </summary>
    UpdateAsPublication,
}
