namespace NewsKit.Models;

/// <summary>A copyright notice, as the page states it and broken into parts. Immutable.</summary>
/// <param name="Text">The original notice ("© 2024 SwissX REDD UK ltd. All Rights Reserved.").</param>
public sealed record Copyright(string Text)
{
    /// <summary>Who holds the copyright ("SwissX REDD UK ltd"); null when the notice names nobody.</summary>
    public string? Holder { get; init; }

    /// <summary>The first year ("2010" of "2010–2025", or the single year); null when none.</summary>
    public int? YearFrom { get; init; }

    /// <summary>The last year ("2025" of "2010–2025", or the single year); null when none.</summary>
    public int? YearTo { get; init; }

    /// <summary>The statement ("All Rights Reserved."); null when none.</summary>
    public string? Statement { get; init; }

    /// <summary>A license URL (rel=license, such as Creative Commons); null when none.</summary>
    public Uri? LicenseUrl { get; init; }
}
