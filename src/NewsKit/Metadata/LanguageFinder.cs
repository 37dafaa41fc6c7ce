using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using NewsKit.Models;
using NewsKit.Pipeline;

namespace NewsKit.Metadata;

/// <summary>
/// The article's language: what the page declares (html lang, Content-Language, og:locale; two agreeing declarations
/// stand within their script), checked against the language its text reads as (<see cref="LanguageGuesser"/>), and the
/// .NET culture of a language tag.
/// </summary>
internal static class LanguageFinder
{
    /// <summary>
    /// Language: html lang, then Content-Language, then og:locale; the language of the text itself (see
    /// <see cref="LanguageGuesser"/>) when the page declares none, or when it clearly contradicts the declaration
    /// (an English article on a German edition's template), with a warning.
    /// </summary>
    internal static string? Language(ExtractionContext context, List<(string Key, string Content, IElement Element)> metas, Dictionary<ArticleField, ValueSource> sources)
    {
        var declared = DeclaredLanguage(context, metas, sources, out var confirmed, out var alternative);
        var guessed = LanguageGuesser.Guess(context);
        if (guessed is null)
        {
            return declared;
        }

        if (declared is null)
        {
            sources[ArticleField.Language] = ValueSource.VisibleText;
            return guessed;
        }

        if (LanguageGuesser.Contradicts(declared.Split('-')[0].LowerInvariant(), guessed, confirmed))
        {
            if (alternative is ({ } other, var otherSource) && !LanguageGuesser.Contradicts(PrimarySubtag(other), guessed, confirmed: false))
            {
                // "<html lang="en-US">" (a theme's default) with og:locale da_DK on a Danish story the guesser reads as its
                // nearest language: the other declaration the text does not contradict.
                context.Warn(WarningKind.SourceConflict, $"language: the page declares \"{declared}\" and \"{other}\", its text reads as \"{guessed}\", which contradicts only the first");
                sources[ArticleField.Language] = otherSource;
                return other;
            }

            context.Warn(WarningKind.SourceConflict, $"language: the page declares \"{declared}\", its text reads as \"{guessed}\"");
            sources[ArticleField.Language] = ValueSource.VisibleText;
            return guessed;
        }

        return declared;
    }

    /// <summary>
    /// The declared language: <c>html lang</c>, then <c>Content-Language</c> and kin, then <c>og:locale</c>, the first that
    /// is a language tag; <paramref name="confirmed"/> says whether another of them declares the same language,
    /// <paramref name="alternative"/> gives the first that declares another one, with its source.
    /// </summary>
    internal static string? DeclaredLanguage(ExtractionContext context, List<(string Key, string Content, IElement Element)> metas, Dictionary<ArticleField, ValueSource> sources, out bool confirmed,
        out (string Tag, ValueSource Source)? alternative)
    {
        var html = context.Document.DocumentElement;
        string? declared = null;
        confirmed = false;
        alternative = null;
        foreach (var (value, source) in new[]
        {
            (html.GetAttribute("lang") ?? html.GetAttribute("xml:lang"), ValueSource.DocumentAttribute),
            (MetaTags.First(metas, ["content-language", "language", "dc.language", "dcterms.language"])?.Content, ValueSource.Meta),
            (MetaTags.First(metas, ["og:locale"])?.Content, ValueSource.OpenGraph),
        })
        {
            if (NormalizeLanguage(value) is not { } tag)
            {
                continue;
            }

            if (declared is null)
            {
                declared = tag;
                sources[ArticleField.Language] = source;
            }
            else if (string.Equals(PrimarySubtag(tag), PrimarySubtag(declared), StringComparison.Ordinal))
            {
                confirmed = true;
            }
            else
            {
                alternative ??= (tag, source);
            }
        }

        return declared;
    }

    internal static string PrimarySubtag(string tag) => tag.Split('-')[0];

    /// <summary>"en_US" gives "en-US"; "EN" gives "en"; the first of a list; null for values that are not language tags.</summary>
    internal static string? NormalizeLanguage(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var first = value.Split(',', ';')[0].Trim().Replace('_', '-');
        var parts = first.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetter))
        {
            return null;
        }

        var tag = parts[0].LowerInvariant();
        for (var i = 1; i < parts.Length; i++)
        {
            var part = parts[i];
            tag += "-" + (part.Length == 2 ? part.ToUpperInvariant() : part.Length == 4 ? char.ToUpperInvariant(part[0]) + part[1..].LowerInvariant() : part.LowerInvariant());
        }

        return tag;
    }

    /// <summary>
    /// The culture tag dates are read in: English declared without a country ("en") on a country's host (.uk, .au, .nz,
    /// .ie, .in, .za, .sg, .pk, .ng, .gh, .ke, .zw, .my, .hk, .ph, .mt, .cy, .jm, .tt, .bb) is that country's English
    /// ("03/05/2019" is 3 May on a .co.uk page, 5 March on a .ph one); every other tag as it is. The article's language
    /// stays as declared.
    /// </summary>
    /// <summary>
    /// The language with the country its numeric dates are read in: the host's (<see cref="WithCountryOfHost"/>) first, a
    /// content system writes "en_US" by default; else that of the page's declared locale (<see cref="WithCountryOfLocale"/>).
    /// </summary>
    internal static string WithCountry(string language, Uri? address, string? locale) =>
        WithCountryOfHost(language, address) is var hosted && hosted != language ? hosted : WithCountryOfLocale(language, locale) ?? language;

    /// <summary>
    /// English with the country of the page's declared locale when the locale is English of a country ("en" with
    /// <c>og:locale</c> "en_GB": "en-GB", whose numeric dates read day first); null otherwise.
    /// </summary>
    private static string? WithCountryOfLocale(string language, string? locale) =>
        language == "en" && locale?.Trim() is { Length: 5 } tag && tag.StartsWith("en", StringComparison.OrdinalIgnoreCase) && tag[2] is '_' or '-'
            && char.IsAsciiLetter(tag[3]) && char.IsAsciiLetter(tag[4])
            ? "en-" + tag[3..].ToUpperInvariant()
            : null;

    internal static string WithCountryOfHost(string language, Uri? address)
    {
        if (language != "en" || address?.Host is not { Length: > 3 } host)
        {
            return language;
        }

        var dot = host.LastIndexOf('.');

        return host[(dot + 1)..].LowerInvariant() switch
        {
            "uk" => "en-GB",
            "au" => "en-AU",
            "nz" => "en-NZ",
            "ie" => "en-IE",
            "in" => "en-IN",
            "za" => "en-ZA",
            "sg" => "en-SG",
            "pk" => "en-PK",
            "ng" => "en-NG",
            "gh" => "en-GH",
            "ke" => "en-KE",
            "zw" => "en-ZW",
            "my" => "en-MY",
            "hk" => "en-HK",
            "ph" => "en-PH",
            "mt" => "en-MT",
            "cy" => "en-CY",
            "jm" => "en-JM",
            "tt" => "en-TT",
            "bb" => "en-BB",
            _ => language,
        };
    }

    /// <summary>Cultures already looked up, by language tag (ICU validates a tag on every lookup); bounded, since tags come from pages.</summary>
    internal static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CultureInfo?> Cultures = new(StringComparer.Ordinal);

    internal const int MaxCachedCultures = 512;

    internal static CultureInfo? CultureOf(string tag)
    {
        if (Cultures.TryGetValue(tag, out var known))
        {
            return known;
        }

        var culture = LookUpCulture(tag);
        if (Cultures.Count < MaxCachedCultures)
        {
            Cultures.TryAdd(tag, culture);
        }

        return culture;
    }

    internal static CultureInfo? LookUpCulture(string tag)
    {
        try
        {
            return CultureInfo.GetCultureInfo(tag, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            try
            {
                return CultureInfo.GetCultureInfo(tag.Split('-')[0], predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                return null;
            }
        }
    }
}
