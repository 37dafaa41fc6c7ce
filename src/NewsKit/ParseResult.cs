using System.Diagnostics.CodeAnalysis;
using NewsKit.Models;

namespace NewsKit;

/// <summary>
/// The outcome of parsing one page: the article when one was found, what went wrong otherwise, and warnings.
/// Never thrown; immutable.
/// </summary>
public sealed class ParseResult
{
    internal ParseResult(Article? article, ParseFailure failure, string? reason, IReadOnlyList<ParseWarning> warnings)
    {
        Article = article;
        Failure = failure;
        Reason = reason;
        Warnings = ValueList.From(warnings);
    }

    /// <summary>Whether an article with a non-empty body was found.</summary>
    [MemberNotNullWhen(true, nameof(Article))]
    public bool Success => Failure == ParseFailure.None && Article is not null;

    /// <summary>
    /// The article. Set on success, and also when the page was HTML but had no main content (then the body is
    /// empty and the metadata that was found is kept). Null when the input was not a readable page.
    /// </summary>
    public Article? Article { get; }

    /// <summary>What went wrong; <see cref="ParseFailure.None"/> on success.</summary>
    public ParseFailure Failure { get; }

    /// <summary>A sentence saying why there is no article ("no main content found"); null on success.</summary>
    public string? Reason { get; }

    /// <summary>Things worth knowing that did not stop the parse: limits reached, sources that disagree, broken JSON-LD.</summary>
    public IReadOnlyList<ParseWarning> Warnings { get; }

    /// <inheritdoc/>
    public override string ToString() => Success ? $"ok: {Article.Headline}" : $"{Failure}: {Reason}";
}

/// <summary>Why a parse gave no article.</summary>
public enum ParseFailure
{
    /// <summary>Nothing went wrong.</summary>
    None,

    /// <summary>The input was empty or only whitespace.</summary>
    EmptyInput,

    /// <summary>The input was not an HTML page (binary data, an image, plain text, XML).</summary>
    NotHtml,

    /// <summary>The page was HTML but no article body was found (a home page, an index, an error page).</summary>
    NoMainContent,

    /// <summary>The input exceeded <see cref="ArticleParserOptions.MaxInputBytes"/>.</summary>
    TooLarge,

    /// <summary>The parse took longer than <see cref="ArticleParserOptions.Timeout"/>.</summary>
    TimedOut,

    /// <summary>The caller's cancellation token was cancelled.</summary>
    Cancelled,

    /// <summary>The input stream failed while it was read (an I/O error, or the stream's own timeout); the reason gives the stream's message.</summary>
    ReadFailed,

    /// <summary>
    /// NewsKit failed on this page with an error of its own (a bug, not a fault of the page): the reason names the
    /// exception. The parse of other pages is not affected; please report the page.
    /// </summary>
    InternalError,
}
