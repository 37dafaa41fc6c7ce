using AngleSharp.Dom;
using NewsKit.Pipeline;

namespace NewsKit.Extensions;

/// <summary>
/// The page as an extension sees it: its DOM (scripts never run; read-only, see <see cref="Document"/>) and its address.
/// One instance per parse, valid only during the call that receives it.
/// </summary>
public sealed class ArticlePage
{
    internal ArticlePage(IDocument document, Uri? address)
    {
        Document = document;
        Address = address;
    }

    /// <summary>
    /// The page's DOM, as AngleSharp built it. Read it only: the parse may have indexed the tree (its elements and their
    /// text) before extensions run, so a change made here may be seen by some later stages and not by others.
    /// </summary>
    public IDocument Document { get; }

    /// <summary>The page's address: the URL given to <c>Parse</c> when absolute, else the page's canonical link or og:url; null when unknown.</summary>
    public Uri? Address { get; }

    /// <summary>The host of <see cref="Address"/> in lower case; null when the address is unknown.</summary>
    public string? Host => Address?.IsAbsoluteUri == true ? Address.Host.LowerInvariant() : null;
}
