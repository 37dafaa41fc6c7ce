using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Extensions;

/// <summary>
/// The extensions a parser was built with, fixed when it was built: site rules, candidate providers and post-processors.
/// Runs them on one page, catching what extension code throws: a failing extension is left out of that page's result,
/// with a warning, and the parse goes on.
/// </summary>
internal sealed class ParserExtensions(SiteRule[] siteRules, CandidateProvider[] providers, ArticlePostProcessor[] postProcessors)
{
    /// <summary>No extension.</summary>
    public static ParserExtensions None { get; } = new([], [], []);

    /// <summary>Whether there is no extension at all.</summary>
    public bool IsEmpty => siteRules.Length == 0 && providers.Length == 0 && postProcessors.Length == 0;

    /// <summary>The page as extensions see it; null when there is no extension.</summary>
    public ArticlePage? PageOf(ExtractionContext context) => IsEmpty ? null : new ArticlePage(context.Document, context.Links.PageAddress);

    /// <summary>The candidates the site rules that apply and the providers give for the page; null when there are none.</summary>
    public ArticleCandidates? Candidates(ExtractionContext context, ArticlePage? page)
    {
        if (page is null || (siteRules.Length == 0 && providers.Length == 0))
        {
            return null;
        }

        var candidates = new ArticleCandidates();
        foreach (var rule in siteRules)
        {
            if (rule.AppliesTo(page.Host))
            {
                Apply(rule, context.Document, candidates);
            }
        }

        foreach (var provider in providers)
        {
            // A provider's candidates count only when it finishes: it adds to a sink of its own, merged after.
            var own = new ArticleCandidates();
            try
            {
                provider(page, own);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                context.Warn(WarningKind.ExtensionFailed, $"extension: a candidate provider threw {exception.GetType().Name}: {exception.Message}");
                continue;
            }

            candidates.Add(own);
        }

        return candidates.IsEmpty ? null : candidates;
    }

    /// <summary>The article after every post-processor, each given what the one before it returned.</summary>
    public Article PostProcess(Article article, ArticlePage? page, ExtractionContext context)
    {
        if (page is null)
        {
            return article;
        }

        foreach (var processor in postProcessors)
        {
            try
            {
                if (processor(article, page) is { } changed)
                {
                    article = changed;
                }
                else
                {
                    context.Warn(WarningKind.ExtensionFailed, "extension: a post-processor returned null; the article is kept as it was before it");
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                context.Warn(WarningKind.ExtensionFailed, $"extension: a post-processor threw {exception.GetType().Name}: {exception.Message}");
            }
        }

        return article;
    }

    private static void Apply(SiteRule rule, IDocument document, ArticleCandidates candidates)
    {
        if (rule.Headline is { } headline && document.QuerySelector(Selectors.Of(headline)) is { } headlineElement)
        {
            candidates.SetHeadline(headlineElement);
        }

        if (rule.Published is { } published && document.QuerySelector(Selectors.Of(published)) is { } publishedElement)
        {
            candidates.SetPublished(publishedElement);
        }

        if (rule.Modified is { } modified && document.QuerySelector(Selectors.Of(modified)) is { } modifiedElement)
        {
            candidates.SetModified(modifiedElement);
        }

        foreach (var (selector, add) in new (string?, Action<IElement>)[] { (rule.Authors, candidates.AddAuthors), (rule.Body, candidates.AddBodyRoot) })
        {
            if (selector is not null)
            {
                foreach (var element in document.QuerySelectorAll(Selectors.Of(selector)))
                {
                    add(element);
                }
            }
        }

        foreach (var selector in rule.Exclude)
        {
            foreach (var element in document.QuerySelectorAll(Selectors.Of(selector)))
            {
                candidates.Exclude(element);
            }
        }
    }
}
