using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsKit.Input;

/// <summary>
/// Builds the DOM with AngleSharp: no scripting, no resource loading, no network (the parser is used
/// without a browsing context that could fetch anything).
/// </summary>
internal static class DocumentLoader
{
    internal readonly record struct Loaded(IDocument Document, IReadOnlyList<ParseWarning> Warnings);

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        IsKeepingSourceReferences = false,
        IsNotConsumingCharacterReferences = false,
        IsSupportingProcessingInstructions = false,
        IsEmbedded = false,
    };

    public static Loaded Load(string html, ArticleParserOptions options, CancellationToken cancellationToken)
    {
        _ = options;
        cancellationToken.ThrowIfCancellationRequested();
        var parser = new HtmlParser(ParserOptions, BrowsingContext.New(Configuration.Default));
        var document = parser.ParseDocument(html);
        return new Loaded(document, []);
    }
}
