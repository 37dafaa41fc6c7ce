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

        var labels = url.Host.Split('.');
        var take = labels.Length >= 3 && labels[^2].Length <= 3 ? 3 : 2;
        return string.Join('.', labels.Skip(Math.Max(0, labels.Length - take))).ToLowerInvariant();
    }
}
