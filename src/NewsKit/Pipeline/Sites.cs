namespace NewsKit.Pipeline;

/// <summary>Which site a URL belongs to, so that links can be told apart as the page's own or another site's.</summary>
internal static class Sites
{
    /// <summary>
    /// The site of a URL: its last two host labels, or three when the second-level label is a short registry label
    /// ("co.uk", "com.br"), so that subdomains of one publisher count as one site; the host itself for an address that
    /// is not a DNS name; null for null.
    /// </summary>
    public static string? Of(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri)
        {
            return null;
        }

        if (url.HostNameType != UriHostNameType.Dns)
        {
            return url.Host;
        }

        return SiteOf(url.Host).ToString().LowerInvariant();
    }

    /// <summary>Whether the URL is of the site <paramref name="site"/> (as <see cref="Of"/> gives it), without building the site's name.</summary>
    public static bool IsOf(Uri url, string site)
    {
        if (!url.IsAbsoluteUri || url.HostNameType != UriHostNameType.Dns)
        {
            return Of(url) == site;
        }

        var own = SiteOf(url.Host);
        return !own.ContainsAnyInRange('A', 'Z') && System.Text.Ascii.IsValid(own) ? own.SequenceEqual(site.AsSpan()) : Of(url) == site;
    }

    /// <summary>The last two labels of a host name, or three when the second-level one is short ("co.uk").</summary>
    private static ReadOnlySpan<char> SiteOf(string host)
    {
        var last = host.LastIndexOf('.');
        var second = last > 0 ? host.LastIndexOf('.', last - 1) : -1;
        if (second < 0)
        {
            return host;
        }

        if (last - second - 1 > 3)
        {
            return host.AsSpan(second + 1);
        }

        var third = second > 0 ? host.LastIndexOf('.', second - 1) : -1;
        return third < 0 ? host : host.AsSpan(third + 1);
    }
}
