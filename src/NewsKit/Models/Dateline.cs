using NewsKit.Timestamps;

namespace NewsKit.Models;

/// <summary>
/// When the article was published and last modified, and for wire-style datelines such as
/// "MINSK, July 18 (Reuters) -" the place and agency. Immutable.
/// </summary>
public sealed record Dateline
{
    /// <summary>A dateline with nothing known.</summary>
    public static Dateline Empty { get; } = new();

    /// <summary>
    /// The original publication time; null when the page gives none. When the page states only when it was updated,
    /// this is that update's time (the same value as <see cref="Modified"/>), and the parse result carries a
    /// <see cref="WarningKind.UpdateAsPublication"/> warning.
    /// </summary>
    public Timestamp? Published { get; init; }

    /// <summary>The last modification time; null when the page gives none.</summary>
    public Timestamp? Modified { get; init; }

    /// <summary>The place of a wire dateline ("MINSK", "KYIV, Ukraine"); null when none.</summary>
    public string? Place { get; init; }

    /// <summary>The agency of a wire dateline ("Reuters", "AP"); null when none.</summary>
    public string? Agency { get; init; }
}
