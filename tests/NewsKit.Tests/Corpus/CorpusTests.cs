using System.Text.Json;
using NewsKit.Models;
using NodaTime;
using NodaTime.Testing;
using NodaTime.Text;

namespace NewsKit.Tests.Corpus;

/// <summary>
/// The golden corpus: hand-written pages in <c>Corpus/&lt;case&gt;/source.html</c>, each with an <c>expected.json</c>
/// written from what the page says. Only the keys present in expected.json are checked; a key with a null value
/// means the field must be absent.
/// </summary>
public sealed class CorpusTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Corpus");

    /// <summary>The clock every case is parsed against: after every date in the pages, so none is rejected as future.</summary>
    private static readonly ArticleParser Parser = new(new ArticleParserOptions { Clock = new FakeClock(Instant.FromUtc(2025, 9, 1, 0, 0)) });

    public static TheoryData<string> Cases
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var directory in Directory.GetDirectories(Root).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(directory));
            }

            return data;
        }
    }

    [Fact]
    public void The_corpus_has_at_least_fifteen_cases() => Assert.True(Cases.Count >= 15, $"{Cases.Count} cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_matches_its_expected_json(string name)
    {
        var folder = Path.Combine(Root, name);
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json"))).RootElement;
        var url = expected.TryGetProperty("url", out var u) ? new Uri(u.GetString()!) : null;
        var result = Parser.Parse(File.ReadAllText(Path.Combine(folder, "source.html")), url);
        var article = result.Article;
        Assert.NotNull(article);

        foreach (var property in expected.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "url":
                case "about":
                    break;
                case "headline":
                    Assert.Equal(Str(value), article.Headline);
                    break;
                case "standfirst":
                    Assert.Equal(Str(value), article.Standfirst);
                    break;
                case "published":
                    AssertTimestamp(value, article.Dateline.Published, "published");
                    break;
                case "modified":
                    AssertTimestamp(value, article.Dateline.Modified, "modified");
                    break;
                case "place":
                    Assert.Equal(Str(value), article.Dateline.Place);
                    break;
                case "agency":
                    Assert.Equal(Str(value), article.Dateline.Agency);
                    break;
                case "people":
                    Assert.Equal(Strings(value), article.Authors.Where(a => a.Kind == AuthorKind.Person).Select(a => a.Name).ToArray());
                    break;
                case "organizations":
                    Assert.Equal(Strings(value), article.Authors.Where(a => a.Kind == AuthorKind.Organization).Select(a => a.Name).ToArray());
                    break;
                case "site_name":
                    Assert.Equal(Str(value), article.SiteName);
                    break;
                case "language":
                    Assert.Equal(Str(value), article.Language);
                    break;
                case "canonical_url":
                    Assert.Equal(Str(value), article.CanonicalUrl?.ToString());
                    break;
                case "lead_image":
                    Assert.Equal(Str(value), article.LeadImage?.ToString());
                    break;
                case "tags":
                    Assert.Equal(Strings(value), article.Tags.ToArray());
                    break;
                case "section":
                    Assert.Equal(Str(value), article.Section);
                    break;
                case "free":
                    Assert.Equal(value.ValueKind == JsonValueKind.Null ? null : value.GetBoolean(), article.IsAccessibleForFree);
                    break;
                case "related":
                    AssertRelated(value, article.RelatedLinks);
                    break;
                case "copyright":
                    AssertCopyright(value, article.Copyright);
                    break;
                case "sources":
                    foreach (var source in value.EnumerateObject())
                    {
                        var field = Enum.Parse<ArticleField>(source.Name);
                        Assert.True(article.Sources.TryGetValue(field, out var actual), $"no source for {field}");
                        Assert.Equal(Enum.Parse<ValueSource>(source.Value.GetString()!), actual);
                    }

                    break;
                case "warnings":
                    foreach (var kind in value.EnumerateArray())
                    {
                        Assert.Contains(result.Warnings, w => w.Kind == Enum.Parse<WarningKind>(kind.GetString()!));
                    }

                    break;
                default:
                    Assert.Fail($"{name}: unknown key {property.Name} in expected.json");
                    break;
            }
        }
    }

    private static string? Str(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetString();

    private static string[] Strings(JsonElement value) => value.EnumerateArray().Select(v => v.GetString()!).ToArray();

    /// <summary>A timestamp is given as {date, time (HH:mm, the page's local time), offset, source, text}; each key optional.</summary>
    private static void AssertTimestamp(JsonElement expected, NewsKit.Timestamps.Timestamp? actual, string field)
    {
        if (expected.ValueKind == JsonValueKind.Null)
        {
            Assert.True(actual is null, $"{field}: expected none, got {actual?.Text}");
            return;
        }

        Assert.True(actual is not null, $"{field}: expected a value, got none");
        foreach (var property in expected.EnumerateObject())
        {
            switch (property.Name)
            {
                case "date":
                    Assert.Equal(LocalDatePattern.Iso.Parse(property.Value.GetString()!).Value, actual.Date);
                    break;
                case "time":
                    Assert.True(actual.Local is not null, $"{field}: no time of day");
                    Assert.Equal(property.Value.GetString(), LocalTimePattern.CreateWithInvariantCulture("HH':'mm").Format(actual.Local!.Value.TimeOfDay));
                    break;
                case "offset":
                    Assert.Equal(OffsetPattern.GeneralInvariant.Parse(property.Value.GetString()!).Value, actual.Offset);
                    break;
                case "instant":
                    Assert.Equal(InstantPattern.General.Parse(property.Value.GetString()!).Value, actual.Instant);
                    break;
                case "source":
                    Assert.Equal(Enum.Parse<NewsKit.Timestamps.TimestampSource>(property.Value.GetString()!), actual.Source);
                    break;
                case "text":
                    Assert.Equal(property.Value.GetString(), actual.Text);
                    break;
                default:
                    Assert.Fail($"unknown timestamp key {property.Name}");
                    break;
            }
        }
    }

    private static void AssertRelated(JsonElement expected, IReadOnlyList<RelatedLink> actual)
    {
        var items = expected.EnumerateArray().ToArray();
        Assert.Equal(items.Select(i => i.GetProperty("title").GetString()).ToArray(), actual.Select(a => a.Title).ToArray());
        for (var i = 0; i < items.Length; i++)
        {
            Assert.Equal(items[i].GetProperty("url").GetString(), actual[i].Url.ToString());
            if (items[i].TryGetProperty("section", out var section))
            {
                Assert.Equal(Str(section), actual[i].Section);
            }

            if (items[i].TryGetProperty("published", out var published))
            {
                AssertTimestamp(published, actual[i].Published, "related " + i);
            }

            if (items[i].TryGetProperty("kind", out var kind))
            {
                Assert.Equal(kind.GetString(), JsonNamingPolicy.CamelCase.ConvertName(actual[i].Kind.ToString()));
            }
        }
    }

    private static void AssertCopyright(JsonElement expected, Copyright? actual)
    {
        if (expected.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        foreach (var property in expected.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "text":
                    Assert.Equal(Str(value), actual.Text);
                    break;
                case "holder":
                    Assert.Equal(Str(value), actual.Holder);
                    break;
                case "year_from":
                    Assert.Equal(value.ValueKind == JsonValueKind.Null ? null : value.GetInt32(), actual.YearFrom);
                    break;
                case "year_to":
                    Assert.Equal(value.ValueKind == JsonValueKind.Null ? null : value.GetInt32(), actual.YearTo);
                    break;
                case "statement":
                    Assert.Equal(Str(value), actual.Statement);
                    break;
                case "license_url":
                    Assert.Equal(Str(value), actual.LicenseUrl?.ToString());
                    break;
                default:
                    Assert.Fail($"unknown copyright key {property.Name}");
                    break;
            }
        }
    }
}
