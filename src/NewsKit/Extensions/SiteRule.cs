using AngleSharp.Css.Parser;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Extensions;

/// <summary>
/// Where one site puts its article's parts, as CSS selectors: the rule applies to pages of <see cref="Host"/> and its
/// subdomains, and its selectors give the stages their candidates (<see cref="ArticleCandidates"/>): the first element
/// that matches the headline, published or modified selector, every element that matches the authors, body or exclude
/// selectors. A selector that matches nothing on a page gives no candidate, and the stages find that part as usual.
/// Immutable; every value is checked where it is set.
/// </summary>
/// <example>
/// <code>
/// var rule = new SiteRule("example-news.com")
/// {
///     Body = "div.story-text",
///     Published = "span.story-date",
///     Exclude = [".paywall-teaser", ".inline-promo"],
/// };
/// var parser = new ArticleParserBuilder().AddSiteRule(rule).Build();
/// </code>
/// </example>
public sealed record SiteRule
{
    private static readonly CssSelectorParser Parser = new();

    private readonly string? body;
    private readonly string? headline;
    private readonly string? published;
    private readonly string? modified;
    private readonly string? authors;
    private readonly IReadOnlyList<string> exclude = ValueList<string>.Empty;

    /// <summary>A rule for the pages of <paramref name="host"/> ("example.com" also covers "www.example.com").</summary>
    /// <param name="host">A host name, without scheme, port or path.</param>
    /// <exception cref="ArgumentNullException"><paramref name="host"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="host"/> is not a host name.</exception>
    public SiteRule(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var trimmed = host.Trim().TrimEnd('.');
        if (trimmed.Length == 0 || Uri.CheckHostName(trimmed) == UriHostNameType.Unknown)
        {
            throw new ArgumentException($"not a host name: \"{host}\"", nameof(host));
        }

        Host = trimmed.LowerInvariant();
    }

    /// <summary>The site's host name, in lower case; its subdomains are covered too.</summary>
    public string Host { get; }

    /// <summary>The containers of the article's body; null to let the body stage search as usual.</summary>
    /// <exception cref="ArgumentException">Set to a text that is not a CSS selector.</exception>
    public string? Body { get => body; init => body = Checked(value); }

    /// <summary>The element whose text is the headline; null for the usual search.</summary>
    /// <exception cref="ArgumentException">Set to a text that is not a CSS selector.</exception>
    public string? Headline { get => headline; init => headline = Checked(value); }

    /// <summary>The element that shows the publication time (its <c>datetime</c> or <c>content</c> attribute, else its text); null for the usual search.</summary>
    /// <exception cref="ArgumentException">Set to a text that is not a CSS selector.</exception>
    public string? Published { get => published; init => published = Checked(value); }

    /// <summary>The element that shows the update time; null for the usual search.</summary>
    /// <exception cref="ArgumentException">Set to a text that is not a CSS selector.</exception>
    public string? Modified { get => modified; init => modified = Checked(value); }

    /// <summary>The elements whose text names the authors (read as a byline: "By Jane Doe and John Roe"); null for the usual search.</summary>
    /// <exception cref="ArgumentException">Set to a text that is not a CSS selector.</exception>
    public string? Authors { get => authors; init => authors = Checked(value); }

    /// <summary>Elements that are never body text (a paywall teaser, an inline promotion); empty by default. The list is copied.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">An item is not a CSS selector.</exception>
    public IReadOnlyList<string> Exclude
    {
        get => exclude;
        init
        {
            var list = ValueList<string>.From(value);
            foreach (var selector in list)
            {
                Checked(selector ?? throw new ArgumentException("a selector of Exclude is null", nameof(value)));
            }

            exclude = list;
        }
    }

    /// <summary>Whether the rule applies to a page of <paramref name="host"/> (its host or a subdomain of it).</summary>
    internal bool AppliesTo(string? host) =>
        host is not null && (host == Host || (host.Length > Host.Length && host.EndsWith(Host, StringComparison.Ordinal) && host[^(Host.Length + 1)] == '.'));

    private static string? Checked(string? selector)
    {
        if (selector is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(selector) || Parser.ParseSelector(selector) is null)
        {
            throw new ArgumentException($"not a valid CSS selector: \"{selector}\"", nameof(selector));
        }

        return selector;
    }
}
